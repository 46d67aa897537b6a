/**
 * Storage benchmark (`npm run bench:storage`), in the built app in Debian's Chromium, with a
 * 1,000-milestone roadmap (bench/render/generate.ts, positions from the app's layout) and three
 * years of time entries (ENTRIES_PER_DAY a day, seeded PRNG from bench/graphs.ts).
 *
 * Save: the graph view is opened on the seeded data; then EDITS times a card is marked done or
 * not (Space on the focused card, as a person does) and the autosave runs (300 ms debounce,
 * then the IndexedDB write) until the save status reads "saved". Every main-thread long task
 * (PerformanceObserver 'longtask', > 50 ms) from the key press until 300 ms after "saved" is
 * counted, split into the edit itself (before the debounce ends) and the save (after).
 * Budget: no task over 50 ms in the save.
 *
 * Load: navigation start → the first frame with every graph card of the first view rendered, in
 * a fresh context with an empty HTTP cache, for the big roadmap and for an empty one (no
 * milestones, no entries); RUNS loads each, interleaved. Budget: big ≤ 2 × empty (medians).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { newTimeLog } from '../src/domain/allocation'
import { emptyAppData, unwrap, wrap } from '../src/domain/migrations'
import type { Roadmap, TimeEntry } from '../src/domain/schema'
import { addDays } from '../src/domain/time'
import {
  launchChromium,
  longTasksBetween,
  measureLoad,
  median,
  openAndWatchSaves,
  savedAfter,
  seedStorage,
  startEdit,
} from './browser'
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
const DEBOUNCE_MS = 300
const LONG_TASK_MS = 50
const VIEWPORT = { width: 1400, height: 900 }

/** Every card of the graph's first view is rendered. */
export const GRAPH_READY = `() => {
  const svg = document.querySelector('[data-testid="graph"]')
  if (!svg) return false
  return svg.querySelectorAll('.cards > [data-id]').length === Number(svg.getAttribute('data-cards'))
}`

function envelopeFor(roadmap: Roadmap, entries: TimeEntry[]) {
  const data = { ...emptyAppData(), roadmaps: [roadmap], activeRoadmapId: roadmap.id }
  data.timeLogs[roadmap.id] = { ...newTimeLog(roadmap), entries }
  const envelope = JSON.parse(JSON.stringify(wrap(data))) as unknown
  const check = unwrap(envelope)
  if (!check.ok) throw new Error(`bench data does not validate: ${check.problems.join('; ')}`)
  return { envelope, bytes: JSON.stringify(envelope).length }
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
  return { roadmap, entries, ...envelopeFor(roadmap, entries) }
}

function emptyData(roadmap: Roadmap) {
  return envelopeFor({ ...roadmap, id: 'bench-empty', milestones: [], edges: [] }, [])
}

interface Edit {
  editMs: number
  saveMs: number
  editTasks: number[]
  saveTasks: number[]
}

async function measureSaves(browser: Browser, base: string, envelope: unknown): Promise<Edit[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  try {
    await seedStorage(context, base, envelope)
    const page = await context.newPage()
    await openAndWatchSaves(page, `${base}/`, GRAPH_READY)
    const card = page.locator('.cards > [data-id]').first()
    await card.focus()
    const edits: Edit[] = []
    for (let i = 0; i < EDITS; i++) {
      await page.waitForTimeout(400) // settle: the previous save's tail is not counted here
      const t0 = await startEdit(page)
      await page.keyboard.press('Space')
      const savedAt = await savedAfter(page, t0)
      await page.waitForTimeout(DEBOUNCE_MS)
      const tasks = await longTasksBetween(page, t0, savedAt + DEBOUNCE_MS)
      const split = t0 + DEBOUNCE_MS
      edits.push({
        editMs: split - t0,
        saveMs: savedAt - t0,
        editTasks: tasks.filter(([s]) => s < split).map(([s, e]) => e - s),
        saveTasks: tasks.filter(([s]) => s >= split).map(([s, e]) => e - s),
      })
    }
    return edits
  } finally {
    await context.close()
  }
}

async function loadOnce(browser: Browser, base: string, envelope: unknown) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  try {
    await seedStorage(context, base, envelope)
    return await measureLoad(context, `${base}/`, GRAPH_READY, 300)
  } finally {
    await context.close()
  }
}

const stats = (xs: number[]) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs) })

async function main() {
  const big = bigData()
  const empty = emptyData(big.roadmap)
  const server = await serveStatic({ '': join(ROOT, 'dist') })
  const browser = await launchChromium()
  const loadBefore = loadavg()
  let edits: Edit[]
  const loads = { big: [] as number[], empty: [] as number[] }
  try {
    edits = await measureSaves(browser, server.base, big.envelope)
    await loadOnce(browser, server.base, empty.envelope) // warm-up, not counted
    for (let i = 0; i < RUNS; i++) {
      const pair = i % 2 ? (['empty', 'big'] as const) : (['big', 'empty'] as const)
      for (const which of pair)
        loads[which].push(
          (await loadOnce(browser, server.base, which === 'big' ? big.envelope : empty.envelope))
            .readyMs,
        )
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const saveTasks = edits.flatMap((e) => e.saveTasks)
  const editTasks = edits.flatMap((e) => e.editTasks)
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
    save: {
      edits: EDITS,
      toSavedMs: stats(edits.map((e) => e.saveMs)),
      longTasksInSave: saveTasks.length,
      longestSaveTaskMs: Math.max(0, ...saveTasks),
      longTasksInEdit: editTasks.length,
      longestEditTaskMs: Math.max(0, ...editTasks),
      budgetMs: LONG_TASK_MS,
      met: saveTasks.every((d) => d <= LONG_TASK_MS),
    },
    load: {
      runs: RUNS,
      bigMs: stats(loads.big),
      emptyMs: stats(loads.empty),
      ratio: median(loads.big) / median(loads.empty),
      budget: 2,
      met: median(loads.big) / median(loads.empty) <= 2,
    },
    raw: { edits, loads },
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results/storage.json'), `${JSON.stringify(result, null, 2)}\n`)
  const table = storageTable(result)
  console.log(`\n${table}\n`)
  await writeSection('storage', table)
}

type Stat = { median: number; min: number; max: number }
const f0 = (x: number) => x.toFixed(0)
const cell = (s: Stat) => `${f0(s.median)} [${f0(s.min)}–${f0(s.max)}]`

export function storageTable(r: {
  date: string
  loadAverage: { before: number[]; after: number[] }
  data: { milestones: number; edges: number; entries: number; storedBytes: number }
  save: {
    edits: number
    toSavedMs: Stat
    longTasksInSave: number
    longestSaveTaskMs: number
    longTasksInEdit: number
    longestEditTaskMs: number
    met: boolean
  }
  load: { runs: number; bigMs: Stat; emptyMs: Stat; ratio: number; met: boolean }
}): string {
  const la = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ')
  const ok = (met: boolean) => (met ? '✓' : '✗ over')
  return [
    `${r.date.slice(0, 10)}: ${r.data.milestones.toLocaleString('en')} milestones, ${r.data.edges.toLocaleString('en')} prerequisites, ${r.data.entries.toLocaleString('en')} time entries over 3 years (${(r.data.storedBytes / 1e6).toFixed(1)} MB as JSON). Load average before / after: ${la(r.loadAverage.before)} → ${la(r.loadAverage.after)}.`,
    '',
    '| measure | value | budget |',
    '| --- | --- | --- |',
    `| key press → "saved", ${r.save.edits} edits (ms, median [min–max]) | ${cell(r.save.toSavedMs)} | — |`,
    `| long tasks during the saves (longest) | ${r.save.longTasksInSave} (${f0(r.save.longestSaveTaskMs)} ms) | none over 50 ms ${ok(r.save.met)} |`,
    `| long tasks during the edits themselves, before the save (longest) | ${r.save.longTasksInEdit} (${f0(r.save.longestEditTaskMs)} ms) | — |`,
    `| load → plan shown, big (ms, ${r.load.runs} runs) | ${cell(r.load.bigMs)} | — |`,
    `| load → plan shown, empty roadmap (ms) | ${cell(r.load.emptyMs)} | — |`,
    `| big ÷ empty | **${r.load.ratio.toFixed(2)}** | ≤ 2 ${ok(r.load.met)} |`,
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
