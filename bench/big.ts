/**
 * Big roadmaps (`npm run bench:big`, issue #18 "Roadmaps far beyond the default"), in the built
 * app in Debian's Chromium. For roadmaps of 1,000, 5,000 and 10,000 milestones
 * (bench/render/generate.ts, positions from the app's layout, as an imported roadmap would be
 * once placed), stored as the app stores them, with an empty time log:
 *
 * - open: navigation start → the view's content shown (the graph: every card of the first view;
 *   the list: its first milestone; the others: their heading), then the longest main-thread task
 *   until the page is quiet (no long task for 300 ms). RUNS fresh loads per view, medians.
 * - status change → "saved", on the list: a person picks "In progress" (then "To do" again) on a
 *   milestone, EDITS times; the time until the save status reads "saved", and the longest task
 *   from the click until 300 ms after "saved".
 *
 * SIZES=1000,5000 and VIEWS=list,graph narrow a run.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { newTimeLog } from '../src/domain/allocation'
import { emptyAppData, wrap } from '../src/domain/migrations'
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
import { generateBenchRoadmap } from './render/generate'
import { writeSection } from './report'
import { GRAPH_READY } from './storage'
import { serveStatic } from './serve'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const SIZES = (process.env.SIZES ?? '1000,5000,10000').split(',').map(Number)
const RUNS = Number(process.env.RUNS ?? 3)
const EDITS = Number(process.env.EDITS ?? 5)
const QUIET_MS = 300
const VIEWPORT = { width: 1400, height: 900 }

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

function envelopeFor(count: number) {
  const roadmap = generateBenchRoadmap(count)
  const data = { ...emptyAppData(), roadmaps: [roadmap], activeRoadmapId: roadmap.id }
  data.timeLogs[roadmap.id] = newTimeLog(roadmap)
  const envelope = JSON.parse(JSON.stringify(wrap(data))) as unknown
  return { roadmap, envelope, bytes: JSON.stringify(envelope).length }
}

async function openView(browser: Browser, base: string, envelope: unknown, view: View) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  try {
    await seedStorage(context, base, envelope)
    const load = await measureLoad(
      context,
      `${base}${VIEWS[view].path}`,
      VIEWS[view].ready,
      QUIET_MS,
    )
    return { shownMs: load.readyMs, quietMs: load.ttiMs, longestTaskMs: load.longestTaskMs }
  } finally {
    await context.close()
  }
}

interface Edit {
  savedMs: number
  longestTaskMs: number
}

async function statusChanges(browser: Browser, base: string, envelope: unknown): Promise<Edit[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-US' })
  try {
    await seedStorage(context, base, envelope)
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
      const t0 = await startEdit(page)
      await target.locator(`label.seg.${next}`).click()
      const savedAt = await savedAfter(page, t0)
      await page.waitForTimeout(QUIET_MS)
      // From just before the click: Playwright's own checks come first.
      const tasks = await longTasksBetween(page, t0 - 50, savedAt + QUIET_MS)
      edits.push({
        savedMs: savedAt - t0,
        longestTaskMs: Math.max(0, ...tasks.map(([s, e]) => e - s)),
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
  views: Record<string, { shownMs: number; longestTaskMs: number; raw: number[] }>
  save: { savedMs: number; longestTaskMs: number; raw: Edit[] }
}

async function main() {
  const server = await serveStatic({ '': resolve(ROOT, process.env.DIST ?? 'dist') })
  const browser = await launchChromium()
  const loadBefore = loadavg()
  const rows: Row[] = []
  try {
    for (const size of SIZES) {
      const { envelope, bytes } = envelopeFor(size)
      const views: Row['views'] = {}
      for (const view of VIEW_NAMES) {
        const runs = []
        for (let i = 0; i < RUNS; i++)
          runs.push(await openView(browser, server.base, envelope, view))
        views[view] = {
          shownMs: median(runs.map((r) => r.shownMs)),
          longestTaskMs: median(runs.map((r) => r.longestTaskMs)),
          raw: runs.map((r) => r.shownMs),
        }
        console.log(size, view, views[view])
      }
      const edits = await statusChanges(browser, server.base, envelope)
      const save = {
        savedMs: median(edits.map((e) => e.savedMs)),
        longestTaskMs: median(edits.map((e) => e.longestTaskMs)),
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
  await writeSection('big', table)
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
    `${r.date.slice(0, 10)}: medians of ${r.runs} fresh loads per view and ${r.edits} status changes; cells are time (longest main-thread task). Load average before / after: ${la(r.loadAverage.before)} → ${la(r.loadAverage.after)}.`,
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
      'status change on the list → "saved"',
      r.rows.map((row) => `${s(row.save.savedMs)} (${s(row.save.longestTaskMs)})`),
    ),
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
