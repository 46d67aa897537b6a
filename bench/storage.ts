/**
 * Storage benchmark (`npm run bench:storage`), in the built app in Debian's Chromium, with a
 * 1,000-milestone roadmap (bench/render/generate.ts, positions from the app's layout) and three
 * years of time entries (ENTRIES_PER_DAY a day, seeded PRNG from bench/graphs.ts).
 *
 * Every main-thread task is read from Chromium's trace (`bench/browser.ts`, `startTaskTrace`:
 * top-level `RunTask` events of the page's renderer main thread, any length, with their wall and
 * CPU time), because PerformanceObserver 'longtask' and the Long Animation Frames API only report
 * tasks over 50 ms. Budget: no task over BUDGET_MS (16 ms) in a save or a load's storage work.
 *
 * Save: the graph view is opened on the seeded data; then EDITS times a card is marked done or
 * not (Space on the focused card, as a person does) until the save status reads "saved"; every
 * task from the key press until TAIL_MS after "saved" is counted, by kind: the key press's own
 * task (Vue's update of the view), rendering tasks, and the rest (timers and IndexedDB
 * callbacks: the save, the backup check).
 *
 * Load: in a fresh context with an empty HTTP cache, the tasks between the app's marks
 * `storage:load` (start-up asks storage for the data) and `storage:hydrated` (the data is in the
 * stores) are the load's storage work; the tasks after it until 500 ms after every card of the
 * first view is rendered are the view's render, reported apart. RUNS loads each, interleaved, of
 * the big roadmap as this version stores it, as the previous version stored it (schema 4
 * object, validated in full), and of an empty roadmap.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { newTimeLog } from '../src/domain/allocation'
import { emptyAppData, wrap } from '../src/domain/migrations'
import { unwrap } from '../src/domain/unwrap'
import { encode } from '../src/storage/json'
import type { Roadmap, TimeEntry } from '../src/domain/schema'
import { addDays } from '../src/domain/time'
import {
  jsHeapMB,
  launchChromium,
  median,
  openAndWatchSaves,
  seededContext,
  spread,
  tracedEdit,
  tracedLoad,
  type TracedTask,
} from './browser'
import { putStoredValue } from '../tests/e2e/idb'
import { prng } from './graphs'
import { generateBenchRoadmap } from './render/generate'
import { writeSection } from './report'
import { serveStatic } from './serve'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const MILESTONES = 1000
const DAYS = 3 * 365 + 1
const ENTRIES_PER_DAY = 2
const EDITS = Number(process.env.EDITS ?? 10)
const RUNS = Number(process.env.RUNS ?? 7)
const BUDGET_MS = 16
/** Traced after "saved": the save's tail (the backup, the status's render). */
const TAIL_MS = 300

/** Every card of the graph's first view is rendered. */
export const GRAPH_READY = `() => {
  const svg = document.querySelector('[data-testid="graph"]')
  if (!svg) return false
  return svg.querySelectorAll('.cards > [data-id]').length === Number(svg.getAttribute('data-cards'))
}`

/**
 * One roadmap (and its time entries) as versions before stored version 5 stored it (schema 4
 * objects), checked to validate.
 */
export function legacyEnvelope(roadmap: Roadmap, entries: TimeEntry[] = []) {
  const data = { ...emptyAppData(), roadmaps: [roadmap], activeRoadmapId: roadmap.id }
  data.timeLogs[roadmap.id] = { ...newTimeLog(roadmap), entries }
  const envelope = JSON.parse(JSON.stringify(wrap(data))) as unknown
  const check = unwrap(envelope)
  if (!check.ok) throw new Error(`bench data does not validate: ${check.problems.join('; ')}`)
  return { envelope, bytes: JSON.stringify(envelope).length }
}

/** The same data as this version stores it (`src/storage/envelope.ts`: text and its digest). */
export async function storedEnvelope(legacy: unknown): Promise<unknown> {
  const check = unwrap(legacy)
  if (!check.ok) throw new Error(check.problems.join('; '))
  return { ...(await encode(check.data, new Date())), revision: 0 }
}

export function bigData() {
  const roadmap = generateBenchRoadmap(MILESTONES)
  const rand = prng(2026)
  const first = '2023-11-28'
  const entries: TimeEntry[] = []
  for (let d = 0; d < DAYS; d++) {
    const day = addDays(first, d)
    for (let k = 0; k < ENTRIES_PER_DAY; k++) {
      const m = roadmap.milestones[Math.floor(rand() * roadmap.milestones.length)]!
      entries.push({
        id: `00000000-0000-4000-8000-${String(entries.length).padStart(12, '0')}`,
        day,
        minutes: 20 + Math.floor(rand() * 160),
        track: m.track,
        milestone: rand() < 0.8 ? m.id : null,
        note: rand() < 0.2 ? `Session ${entries.length}` : '',
        createdAt: `${day}T12:00:00.000Z`,
      })
    }
  }
  return { roadmap, entries, ...legacyEnvelope(roadmap, entries) }
}

function emptyData(roadmap: Roadmap) {
  return legacyEnvelope({ ...roadmap, id: 'bench-empty', milestones: [], edges: [] }, [])
}

interface Edit {
  saveMs: number
  /** Every main-thread task from the key press until 300 ms after "saved", by kind. */
  tasks: TracedTask[]
}

/** A task's length: wall time, and the thread's CPU time within it. */
type Length = [wall: number, cpu: number]

/** Tasks of the traced window, as lengths. */
const durations = (tasks: TracedTask[], kinds?: TracedTask['kind'][]): Length[] =>
  tasks.filter((t) => !kinds || kinds.includes(t.kind)).map((t) => [t.end - t.start, t.cpu])

async function measureSaves(
  browser: Browser,
  base: string,
  envelope: unknown,
): Promise<{ edits: Edit[]; heapMB: { loaded: number; edited: number } }> {
  const context = await seededContext(browser, base, envelope)
  try {
    const page = await context.newPage()
    await openAndWatchSaves(page, `${base}/`, GRAPH_READY)
    const card = page.locator('.cards > [data-id]').first()
    await card.focus()
    const loaded = await jsHeapMB(page)
    const edits: Edit[] = []
    for (let i = 0; i < EDITS; i++) {
      await page.waitForTimeout(400) // settle: the previous save's tail is not counted here
      const edit = await tracedEdit(browser, page, () => page.keyboard.press('Space'), TAIL_MS)
      edits.push({ saveMs: edit.savedMs, tasks: edit.tasks })
    }
    // What the edits left behind: the undo history holds every earlier roadmap, and whatever
    // is kept per record version (a cache keyed by them) grows with it.
    return { edits, heapMB: { loaded, edited: await jsHeapMB(page) } }
  } finally {
    await context.close()
  }
}

interface LoadRun {
  readyMs: number
  /** The storage window's tasks over the budget: length, the load's step and longest events. */
  long: Described[]
  /**
   * Its tasks of more than a quarter of the budget in CPU time, described the same way: what a
   * busy machine, preempting the thread, stretches past the budget first.
   */
  heavy: Described[]
  /** Per step of the load: its tasks, and the longest in CPU and wall time. */
  steps: Record<string, StepTasks>
  /** Tasks from `storage:load` (start-up asks storage for the data) to `storage:hydrated`. */
  storage: Length[]
  /** Whether the stored copy was trusted by its digest (`storage:trusted`). */
  trusted: boolean
  /** Tasks after `storage:hydrated` until 500 ms after the view is shown: the view's render. */
  after: Length[]
}

/**
 * A context seeded with `envelope` exactly: `seededContext` has the app open the seeded data
 * once, and the app writes data of an earlier version (or without its digest) back in its own
 * form, so the value is put again from a page of the same origin that does not run the app.
 */
async function exactlySeeded(browser: Browser, base: string, envelope: unknown) {
  const context = await seededContext(browser, base, envelope)
  try {
    const page = await context.newPage()
    await page.goto(`${base}/favicon.svg`)
    await putStoredValue(page, envelope)
    const cdp = await context.newCDPSession(page)
    await cdp.send('Network.clearBrowserCache')
    await cdp.detach()
    await page.close()
    return context
  } catch (error) {
    await context.close()
    throw error
  }
}

/** The step of the load a task ran (the app's `storage:*` mark last set before its end). */
function stepOf(task: TracedTask, marks: Record<string, number[]>): string {
  let step = '(before storage:load)'
  let at = -Infinity
  for (const [name, times] of Object.entries(marks))
    if (name.startsWith('storage:'))
      for (const t of times)
        if (t <= task.end && t > at) {
          at = t
          step = name
        }
  return step
}

/** A task described: wall and CPU time, the load's step, its longest events. */
interface Described {
  ms: number
  cpu: number
  step: string
  detail: string[]
}

const describe = (t: TracedTask, marks: Record<string, number[]>): Described => ({
  ms: Math.round(t.end - t.start),
  cpu: Math.round(t.cpu),
  step: stepOf(t, marks),
  detail: t.detail,
})

async function loadRun(browser: Browser, base: string, envelope: unknown): Promise<LoadRun | null> {
  const context = await exactlySeeded(browser, base, envelope)
  try {
    const run = await tracedLoad(browser, context, `${base}/`, GRAPH_READY, 500)
    if (!run) return null
    return {
      readyMs: run.readyMs,
      long: run.storage
        .filter((t) => t.end - t.start > BUDGET_MS || t.cpu > BUDGET_MS)
        .map((t) => describe(t, run.marks)),
      heavy: run.storage.filter((t) => t.cpu > BUDGET_MS / 4).map((t) => describe(t, run.marks)),
      steps: stepTable(run.storage, run.marks),
      storage: durations(run.storage),
      trusted: run.trusted,
      after: durations(run.after),
    }
  } finally {
    await context.close()
  }
}

interface StepTasks {
  tasks: number
  cpuMs: number
  wallMs: number
}

function stepTable(tasks: TracedTask[], marks: Record<string, number[]>) {
  const steps: Record<string, StepTasks> = {}
  for (const t of tasks) {
    const s = (steps[stepOf(t, marks)] ??= { tasks: 0, cpuMs: 0, wallMs: 0 })
    s.tasks += 1
    s.cpuMs = Math.max(s.cpuMs, t.cpu)
    s.wallMs = Math.max(s.wallMs, t.end - t.start)
  }
  return steps
}

/** Per step, over runs: tasks, the longest in CPU and wall time. */
function mergeSteps(runs: LoadRun[]): Record<string, StepTasks> {
  const all: Record<string, StepTasks> = {}
  for (const r of runs)
    for (const [name, s] of Object.entries(r.steps)) {
      const m = (all[name] ??= { tasks: 0, cpuMs: 0, wallMs: 0 })
      m.tasks += s.tasks
      m.cpuMs = Math.max(m.cpuMs, s.cpuMs)
      m.wallMs = Math.max(m.wallMs, s.wallMs)
    }
  return all
}

export async function loadOnce(
  browser: Browser,
  base: string,
  envelope: unknown,
): Promise<LoadRun> {
  for (let tries = 3; tries--;) {
    const run = await loadRun(browser, base, envelope)
    if (run) return run
  }
  throw new Error('no trace of the load')
}

async function main() {
  const big = bigData()
  const empty = emptyData(big.roadmap)
  const server = await serveStatic({ '': resolve(ROOT, process.env.DIST ?? 'dist') })
  const browser = await launchChromium()
  const loadBefore = loadavg()
  let edits: Edit[]
  let heapMB: { loaded: number; edited: number }
  // `big`: as this version stores it; `legacy`: as versions before it did (schema 4 objects).
  const envelopes = {
    big: await storedEnvelope(big.envelope),
    legacy: big.envelope,
    empty: await storedEnvelope(empty.envelope),
  }
  const loads = { big: [] as LoadRun[], legacy: [] as LoadRun[], empty: [] as LoadRun[] }
  try {
    ;({ edits, heapMB } = await measureSaves(browser, server.base, envelopes.big))
    await loadOnce(browser, server.base, envelopes.empty) // warm-up, not counted
    const order = ['big', 'legacy', 'empty'] as const
    for (let i = 0; i < RUNS; i++)
      for (let k = 0; k < order.length; k++) {
        const which = order[(i + k) % order.length]!
        loads[which].push(await loadOnce(browser, server.base, envelopes[which]))
      }
  } finally {
    await browser.close()
    await server.close()
  }
  const tasks = (kinds?: TracedTask['kind'][]) =>
    summary(edits.flatMap((e) => durations(e.tasks, kinds)))
  const ready = (runs: LoadRun[]) => runs.map((r) => r.readyMs)
  const save = {
    edits: EDITS,
    toSavedMs: spread(edits.map((e) => e.saveMs)),
    all: tasks(),
    script: tasks(['script']),
    input: tasks(['input']),
    frame: tasks(['frame']),
    heapMB,
    budgetMs: BUDGET_MS,
  }
  const result = {
    date: new Date().toISOString(),
    loadAverage: { before: loadBefore, after: loadavg() },
    data: {
      milestones: big.roadmap.milestones.length,
      edges: big.roadmap.edges.length,
      entries: big.entries.length,
      days: DAYS,
      storedBytes: big.bytes,
    },
    save: { ...save, met: save.script.over === 0 },
    load: {
      runs: RUNS,
      bigMs: spread(ready(loads.big)),
      emptyMs: spread(ready(loads.empty)),
      ratio: median(ready(loads.big)) / median(ready(loads.empty)),
      storage: summary(loads.big.flatMap((r) => r.storage)),
      legacyStorage: summary(loads.legacy.flatMap((r) => r.storage)),
      legacyMs: spread(ready(loads.legacy)),
      after: summary(loads.big.flatMap((r) => r.after)),
      emptyAfter: summary(loads.empty.flatMap((r) => r.after)),
      budgetMs: BUDGET_MS,
      trusted: loads.big.filter((r) => r.trusted).length,
      legacyTrusted: loads.legacy.filter((r) => r.trusted).length,
      // Per step of the load (the app's `storage:*` marks): tasks, longest CPU and wall time.
      steps: { big: mergeSteps(loads.big), legacy: mergeSteps(loads.legacy) },
      met: [...loads.big, ...loads.legacy].every((r) => r.storage.every(([d]) => d <= BUDGET_MS)),
    },
    // Per edit and per load, what went over the budget (the full traces would be megabytes).
    raw: {
      edits: edits.map((e) => ({
        saveMs: e.saveMs,
        over: e.tasks
          .filter((t) => t.end - t.start > BUDGET_MS)
          .map((t) => ({ ms: t.end - t.start, cpu: t.cpu, kind: t.kind, detail: t.detail })),
      })),
      loads: Object.fromEntries(
        Object.entries(loads).map(([k, runs]) => [
          k,
          runs.map((r) => ({
            readyMs: r.readyMs,
            trusted: r.trusted,
            long: r.long,
            heavy: r.heavy,
          })),
        ]),
      ),
    },
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results/storage.json'), `${JSON.stringify(result, null, 2)}\n`)
  const table = storageTable(result)
  console.log(`\n${table}\n`)
  if (!process.env.NO_REPORT) await writeSection('storage', table)
}

type Stat = { median: number; min: number; max: number }
type Tasks = {
  count: number
  over: number
  longestMs: number
  overCpu: number
  longestCpuMs: number
}
const f0 = (x: number) => x.toFixed(0)
const cell = (s: Stat) => `${f0(s.median)} [${f0(s.min)}–${f0(s.max)}]`
/** How many tasks, how many over the budget, the longest: in wall time and in CPU time. */
const summary = (ds: Length[]): Tasks => ({
  count: ds.length,
  over: ds.filter(([d]) => d > BUDGET_MS).length,
  longestMs: Math.max(0, ...ds.map(([d]) => d)),
  overCpu: ds.filter(([, c]) => c > BUDGET_MS).length,
  longestCpuMs: Math.max(0, ...ds.map(([, c]) => c)),
})

export function storageTable(r: {
  date: string
  loadAverage: { before: number[]; after: number[] }
  data: { milestones: number; edges: number; entries: number; storedBytes: number }
  save: {
    edits: number
    toSavedMs: Stat
    all: Tasks
    script: Tasks
    input: Tasks
    frame: Tasks
    heapMB?: { loaded: number; edited: number }
    met: boolean
  }
  load: {
    runs: number
    bigMs: Stat
    emptyMs: Stat
    ratio: number
    storage: Tasks
    legacyStorage: Tasks
    legacyMs: Stat
    after: Tasks
    emptyAfter: Tasks
    met: boolean
  }
}): string {
  const la = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ')
  const ok = (met: boolean) => (met ? '✓' : '✗ over')
  const t = (x: Tasks) =>
    `${f0(x.longestMs)} ms, ${x.over} of ${x.count} over ${BUDGET_MS} ms (CPU: ${f0(x.longestCpuMs)} ms, ${x.overCpu} over)`
  return [
    `${r.date.slice(0, 10)}: ${r.data.milestones.toLocaleString('en')} milestones, ${r.data.edges.toLocaleString('en')} prerequisites, ${r.data.entries.toLocaleString('en')} time entries over 3 years (${(r.data.storedBytes / 1e6).toFixed(1)} MB as JSON). Main-thread tasks from Chromium's trace, all lengths. Load average before / after: ${la(r.loadAverage.before)} → ${la(r.loadAverage.after)}.`,
    '',
    '| measure | value | budget |',
    '| --- | --- | --- |',
    `| key press → "saved", ${r.save.edits} edits (ms, median [min–max]) | ${cell(r.save.toSavedMs)} | — |`,
    `| saves: longest script task (timers, storage), key press → 300 ms after "saved" | ${t(r.save.script)} | ≤ ${BUDGET_MS} ms ${ok(r.save.met)} |`,
    `| the edit itself: longest input task (key press, Vue's update) | ${t(r.save.input)} | — |`,
    `| the edit itself: longest rendering task (style, layout, paint) | ${t(r.save.frame)} | — |`,
    ...(r.save.heapMB
      ? [
          `| JS heap after the load → after the ${r.save.edits} saved edits (MiB, after GC) | ${r.save.heapMB.loaded.toFixed(1)} → ${r.save.heapMB.edited.toFixed(1)} | — |`,
        ]
      : []),
    `| loads: longest task from asking storage to data in the stores, ${r.load.runs} loads | ${t(r.load.storage)} | ≤ ${BUDGET_MS} ms ${ok(r.load.met)} |`,
    `| the same, data stored by the previous version (schema 4 object: validated in full) | ${t(r.load.legacyStorage)} | ≤ ${BUDGET_MS} ms |`,
    `| loads: longest task after that until 500 ms after the graph is shown (the view's render) | ${t(r.load.after)} | — |`,
    `| the same for the empty roadmap | ${t(r.load.emptyAfter)} | — |`,
    `| load → graph shown, big (ms, ${r.load.runs} runs) | ${cell(r.load.bigMs)} | — |`,
    `| load → graph shown, big, stored by the previous version (ms) | ${cell(r.load.legacyMs)} | — |`,
    `| load → graph shown, empty roadmap (ms) | ${cell(r.load.emptyMs)} | — |`,
    `| big ÷ empty | ${r.load.ratio.toFixed(2)} | — |`,
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
