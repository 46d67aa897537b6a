/**
 * Big roadmaps (`npm run bench:big`, issue #18 "Roadmaps far beyond the default"), in the built
 * app in Debian's Chromium. For roadmaps of 1,000, 5,000 and 10,000 milestones
 * (bench/render/generate.ts, positions from the app's layout, as an imported roadmap would be
 * once placed), stored as the app stores them, with an empty time log:
 *
 * - open: navigation start → the view's content shown (the graph: every card of the first view;
 *   the list: its first milestone; the others: their heading), then the longest main-thread task
 *   until 300 ms after that, and the longest of the load's storage work (the app's marks
 *   `storage:load` → `storage:hydrated`). RUNS fresh loads per view, medians. Tasks come from
 *   Chromium's trace (bench/browser.ts, `tracedLoad`).
 * - status change → "saved", on the list: a person picks "In progress" (then "To do" again) on a
 *   milestone, EDITS times; the time until the save status reads "saved", the longest task from
 *   the click until 300 ms after "saved", and the longest that is the save's own (not the
 *   click's input task, not a rendering task).
 *
 * The data is stored as this version stores it (SEED=legacy: the schema 4 object of earlier
 * versions). SIZES=1000,5000 and VIEWS=list,graph narrow a run; DIST=<dir> serves another build.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import {
  launchChromium,
  median,
  openAndWatchSaves,
  seededContext,
  tracedEdit,
  tracedLoad,
  type TracedTask,
} from './browser'
import { generateBenchRoadmap } from './render/generate'
import { writeSection } from './report'
import { GRAPH_READY, legacyEnvelope, storedEnvelope } from './storage'
import { serveStatic } from './serve'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SIZES = (process.env.SIZES ?? '1000,5000,10000').split(',').map(Number)
const RUNS = Number(process.env.RUNS ?? 3)
const EDITS = Number(process.env.EDITS ?? 5)
const QUIET_MS = 300

const HEADING = `() => !!document.querySelector('main h1')`
const VIEWS = {
  graph: { path: '/', ready: GRAPH_READY },
  list: { path: '/list', ready: `() => !!document.querySelector('[data-milestone]')` },
  time: { path: '/time', ready: HEADING },
  week: { path: '/week', ready: HEADING },
  review: { path: '/review', ready: HEADING },
  portfolio: { path: '/portfolio', ready: HEADING },
} as const
type View = keyof typeof VIEWS
const VIEW_NAMES = (process.env.VIEWS?.split(',') ?? Object.keys(VIEWS)) as View[]

const longest = (tasks: TracedTask[]) => Math.max(0, ...tasks.map((t) => t.end - t.start))

async function openView(browser: Browser, base: string, envelope: unknown, view: View) {
  for (let tries = 3; tries--;) {
    const context = await seededContext(browser, base, envelope)
    try {
      const url = `${base}${VIEWS[view].path}`
      const load = await tracedLoad(browser, context, url, VIEWS[view].ready, QUIET_MS)
      if (load)
        return {
          shownMs: load.readyMs,
          longestTaskMs: longest(load.all),
          storageTaskMs: longest(load.storage),
        }
    } finally {
      await context.close()
    }
  }
  throw new Error(`no trace of ${view}`)
}

interface Edit {
  savedMs: number
  longestTaskMs: number
  /** The longest task that is not the click's own (input) or a frame's: the save's. */
  saveTaskMs: number
}

async function statusChanges(browser: Browser, base: string, envelope: unknown): Promise<Edit[]> {
  const context = await seededContext(browser, base, envelope)
  try {
    const page = await context.newPage()
    await openAndWatchSaves(page, `${base}/list`, VIEWS.list.ready)
    // A milestone that is neither done nor skipped: no evidence question, no reason asked.
    const row = page.locator('[data-milestone]:is(.todo, .in-progress)').first()
    const id = await row.getAttribute('data-milestone')
    const target = page.locator(`[data-milestone="${id}"]`)
    const edits: Edit[] = []
    for (let i = 0; i < EDITS; i++) {
      await page.waitForTimeout(500)
      const next = (await target.evaluate((el) => el.classList.contains('todo')))
        ? 'in-progress'
        : 'todo'
      const edit = await tracedEdit(
        browser,
        page,
        () => target.locator(`label.seg.${next}`).click(),
        QUIET_MS,
      )
      edits.push({
        savedMs: edit.savedMs,
        longestTaskMs: longest(edit.tasks),
        saveTaskMs: longest(edit.tasks.filter((t) => t.kind === 'script')),
      })
    }
    return edits
  } finally {
    await context.close()
  }
}

interface Row {
  milestones: number
  storedBytes: number
  views: Record<
    string,
    { shownMs: number; longestTaskMs: number; storageTaskMs: number; raw: number[] }
  >
  save: { savedMs: number; longestTaskMs: number; saveTaskMs: number; raw: Edit[] }
}

async function main() {
  const server = await serveStatic({ '': resolve(ROOT, process.env.DIST ?? 'dist') })
  const browser = await launchChromium()
  const loadBefore = loadavg()
  const rows: Row[] = []
  try {
    for (const size of SIZES) {
      const { envelope: legacy, bytes } = legacyEnvelope(generateBenchRoadmap(size))
      // As this version stores it (SEED=legacy: as versions before stored version 5 did).
      const envelope = process.env.SEED === 'legacy' ? legacy : await storedEnvelope(legacy)
      const views: Row['views'] = {}
      for (const view of VIEW_NAMES) {
        const runs = []
        for (let i = 0; i < RUNS; i++)
          runs.push(await openView(browser, server.base, envelope, view))
        views[view] = {
          shownMs: median(runs.map((r) => r.shownMs)),
          longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
          storageTaskMs: median(runs.map((r) => r.storageTaskMs)),
          raw: runs.map((r) => r.shownMs),
        }
        console.log(size, view, views[view])
      }
      const edits = await statusChanges(browser, server.base, envelope)
      const save = {
        savedMs: median(edits.map((e) => e.savedMs)),
        longestTaskMs: median(edits.map((e) => e.longestTaskMs)),
        saveTaskMs: median(edits.map((e) => e.saveTaskMs)),
        raw: edits,
      }
      console.log(size, 'save', save)
      rows.push({ milestones: size, storedBytes: bytes, views, save })
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const result = {
    date: new Date().toISOString(),
    loadAverage: { before: loadBefore, after: loadavg() },
    runs: RUNS,
    edits: EDITS,
    rows,
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results/big.json'), `${JSON.stringify(result, null, 2)}\n`)
  const table = bigTable(result)
  console.log(`\n${table}\n`)
  if (!process.env.NO_REPORT) await writeSection('big', table)
}

const s = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`)

export function bigTable(r: {
  date: string
  loadAverage: { before: number[]; after: number[] }
  runs: number
  edits: number
  rows: Row[]
}): string {
  const la = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ')
  const views = [...new Set(r.rows.flatMap((row) => Object.keys(row.views)))]
  const sizes = r.rows.map((row) => row.milestones.toLocaleString('en'))
  const line = (label: string, cells: string[]) => `| ${label} | ${cells.join(' | ')} |`
  return [
    `${r.date.slice(0, 10)}: medians of ${r.runs} fresh loads per view and ${r.edits} status changes; cells are time (longest main-thread task, from Chromium's trace). Load average before / after: ${la(r.loadAverage.before)} → ${la(r.loadAverage.after)}.`,
    '',
    line('milestones', sizes),
    line(
      '---',
      sizes.map(() => '---'),
    ),
    line(
      'stored (MB as JSON)',
      r.rows.map((row) => (row.storedBytes / 1e6).toFixed(1)),
    ),
    ...views.map((v) =>
      line(
        `open ${VIEWS[v as View]?.path ?? v} (${v})`,
        r.rows.map((row) => {
          const c = row.views[v]
          return c ? `${s(c.shownMs)} (${s(c.longestTaskMs)})` : '—'
        }),
      ),
    ),
    line(
      'opening any view: longest task from asking storage to data in the stores (worst view)',
      r.rows.map((row) => s(Math.max(...Object.values(row.views).map((c) => c.storageTaskMs)))),
    ),
    line(
      'status change on the list → "saved"',
      r.rows.map((row) => `${s(row.save.savedMs)} (${s(row.save.longestTaskMs)})`),
    ),
    line(
      'status change: longest task of the save (not the click, not a frame)',
      r.rows.map((row) => s(row.save.saveTaskMs)),
    ),
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
