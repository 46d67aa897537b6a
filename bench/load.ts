/**
 * Load benchmark (`npm run bench:load`): time to interactive of the built app against the stack
 * floor (bench/load/floor, built by this script's npm command): the same stored roadmap shown
 * with the stack alone (Vue, Pinia, vue-router, localforage; bare SVG cards, no app code), the
 * least this stack does for this view (issue #18). A blank Vite + Vue page (bench/load/blank)
 * is measured too, to split the floor's own cost (the stack and the data) from the page's.
 * All three are served by the same static server (bench/serve.ts) and opened in Debian's
 * Chromium in the same run.
 *
 * Time to interactive (TTI), per page load, in a fresh browser context (empty HTTP cache):
 *   1. ready: the first frame after the page's first meaningful UI is in the DOM —
 *      baseline: its <h1>; stack floor: all its cards; app, returning user (`/`, IndexedDB seeded with a roadmap generated
 *      from the mentor's template): every graph card the view shows is rendered; app, new user
 *      (`/` with empty storage, redirected to the questionnaire): its <h1> and first question;
 *   2. TTI = the later of `ready` and the end of the last long task (> 50 ms, PerformanceObserver
 *      'longtask', observed from before any script runs), once the main thread then stays free of
 *      long tasks for QUIET_MS.
 * Times are from navigation start (performance.now() in the page). RUNS loads of each page,
 * interleaved; medians and min–max. Budget: app TTI ≤ 1.5 × the stack floor's TTI (medians).
 * It also lists the JavaScript each load fetched, to check `npm run size` counts the same files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import adviceRaw from '../data/advice.json'
import templateRaw from '../data/roadmap-template.json'
import { validateContent } from '../src/domain/content'
import { generateRoadmap, MENTOR_ANSWERS } from '../src/domain/generate'
import { awaitedModules, firstViewFiles, VIEWS, type Manifest } from '../scripts/firstView'
import { launchChromium, measureLoad, seedStorage, spread, type Load } from './browser'
import { writeSection } from './report'
import { serveStatic } from './serve'
import { legacyEnvelope, storedEnvelope } from './storage'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RUNS = Number(process.env.RUNS ?? 7)
const QUIET_MS = 500
const BUDGET = 1.5
/**
 * Every measured load's browser context: a fresh one, so nothing is cached, and without service
 * workers: the worker the seeding visit registered would otherwise still be downloading its
 * precache (every built file) while the measured page loads, or serve the page from it.
 */
export const LOAD_CONTEXT = {
  viewport: { width: 1280, height: 900 },
  locale: 'en-US',
  serviceWorkers: 'block',
} as const

export type Scenario = 'baseline' | 'floor' | 'returning' | 'new'

/**
 * Where the returning user was before the measured load: on the graph, the view measured
 * (`SEED_VISIT=/settings` for a user whose last session ended elsewhere: the app then has no
 * layout kept for the roadmap, `src/storage/layoutCache.ts`).
 */
export const SEED_VISIT = process.env.SEED_VISIT ?? '/'

/** Every card the graph view says it shows is rendered (the floor page marks its SVG alike). */
const CARDS_RENDERED = `() => {
  const svg = document.querySelector('[data-testid="graph"]')
  if (!svg) return false
  const want = Number(svg.getAttribute('data-cards'))
  return want > 0 && svg.querySelectorAll('.cards > [data-id]').length === want
}`

export const READY: Record<Scenario, string> = {
  baseline: `() => !!document.querySelector('h1')`,
  floor: CARDS_RENDERED,
  returning: CARDS_RENDERED,
  new: `() => location.pathname === '/welcome' && !!document.querySelector('main h1') && !!document.querySelector('main fieldset, main input')`,
}

export function seededEnvelope() {
  const content = validateContent(adviceRaw, templateRaw)
  if (!content.ok) throw new Error(content.problems.join('\n'))
  const roadmap = generateRoadmap(content.value.template, MENTOR_ANSWERS, {
    id: '00000000-0000-4000-8000-00000000b10a',
    name: 'Bench',
    now: new Date('2026-11-27T00:00:00Z'),
  })
  return { envelope: legacyEnvelope(roadmap).envelope, milestones: roadmap.milestones.length }
}

/**
 * The seeded data as this version stores it (text and its digest, `src/storage/envelope.ts`), so
 * a returning user's load is measured as it happens after the first one, not as the one-time
 * upgrade of a copy an earlier version wrote.
 */
export async function storedSeed(): Promise<{ envelope: unknown; milestones: number }> {
  const { envelope, milestones } = seededEnvelope()
  return { envelope: await storedEnvelope(envelope), milestones }
}

async function run(browser: Browser, base: string, scenario: Scenario, envelope: unknown) {
  const context = await browser.newContext(LOAD_CONTEXT)
  try {
    // Seeded as the app stores it, with the HTTP cache emptied again (browser.ts).
    if (scenario === 'returning' || scenario === 'floor')
      await seedStorage(context, base, envelope, SEED_VISIT)
    const url =
      scenario === 'baseline'
        ? `${base}/blank/`
        : scenario === 'floor'
          ? `${base}/floor/`
          : `${base}/`
    return await measureLoad(context, url, READY[scenario], QUIET_MS)
  } finally {
    await context.close()
  }
}

async function main() {
  const manifest = JSON.parse(
    readFileSync(join(ROOT, 'dist/.vite/manifest.json'), 'utf8'),
  ) as Manifest
  const expected = {
    returning: firstViewFiles(manifest, awaitedModules(VIEWS[0], 'en')),
    new: firstViewFiles(manifest, awaitedModules(VIEWS[1], 'en')),
  }
  const { envelope, milestones } = await storedSeed()
  const server = await serveStatic({
    '': join(ROOT, 'dist'),
    '/blank': join(ROOT, 'bench/load/dist/blank'),
    '/floor': join(ROOT, 'bench/load/dist/floor'),
  })
  const browser = await launchChromium()
  const loadBefore = loadavg()
  const loads: Record<Scenario, Load[]> = { baseline: [], floor: [], returning: [], new: [] }
  try {
    // One throwaway load of each warms the OS file cache and the server.
    const order: Scenario[] = ['baseline', 'floor', 'returning', 'new']
    for (const s of order) await run(browser, server.base, s, envelope)
    for (let i = 0; i < RUNS; i++) {
      for (let j = 0; j < order.length; j++) {
        const s = order[(i + j) % order.length]!
        loads[s].push(await run(browser, server.base, s, envelope))
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
  const loadAfter = loadavg()
  const summary = (s: Scenario) => ({
    readyMs: spread(loads[s].map((l) => l.readyMs)),
    ttiMs: spread(loads[s].map((l) => l.ttiMs)),
    longTasks: spread(loads[s].map((l) => l.longTasks)),
    longestTaskMs: spread(loads[s].map((l) => l.longestTaskMs)),
  })
  const base = summary('baseline')
  const floor = summary('floor')
  const scriptCheck = (s: 'returning' | 'new') => {
    const fetched = new Set(loads[s].flatMap((l) => l.scripts).map((p) => p.replace(/^\//, '')))
    const want = new Set(expected[s])
    return {
      matchesSizeScript: fetched.size === want.size && [...want].every((f) => fetched.has(f)),
      fetchedNotCounted: [...fetched].filter((f) => !want.has(f)),
      countedNotFetched: [...want].filter((f) => !fetched.has(f)),
    }
  }
  const result = {
    date: new Date().toISOString(),
    runs: RUNS,
    quietMs: QUIET_MS,
    budget: BUDGET,
    loadAverage: { before: loadBefore, after: loadAfter },
    seededMilestones: milestones,
    /** Ratios are TTI medians over the stack floor's (the budget's reference). */
    baseline: { ...base, ratio: base.ttiMs.median / floor.ttiMs.median },
    floor: { ...floor, ratio: 1 },
    returning: {
      ...summary('returning'),
      ratio: summary('returning').ttiMs.median / floor.ttiMs.median,
      scripts: scriptCheck('returning'),
    },
    new: {
      ...summary('new'),
      ratio: summary('new').ttiMs.median / floor.ttiMs.median,
      scripts: scriptCheck('new'),
    },
    raw: loads,
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench/results/load.json'), `${JSON.stringify(result, null, 2)}\n`)
  const table = loadTable(result)
  console.log(`\n${table}\n`)
  await writeSection('load', table)
  if (!result.returning.scripts.matchesSizeScript || !result.new.scripts.matchesSizeScript)
    console.warn('JavaScript fetched differs from what npm run size counts:', {
      returning: result.returning.scripts,
      new: result.new.scripts,
    })
}

type Stat = { median: number; min: number; max: number }
const f0 = (x: number) => x.toFixed(0)
const cell = (s: Stat) => `${f0(s.median)} [${f0(s.min)}–${f0(s.max)}]`

export function loadTable(r: {
  date: string
  runs: number
  quietMs: number
  budget: number
  loadAverage: { before: number[]; after: number[] }
  seededMilestones: number
  baseline: { readyMs: Stat; ttiMs: Stat; longTasks: Stat; ratio: number }
  floor: { readyMs: Stat; ttiMs: Stat; longTasks: Stat }
  returning: { readyMs: Stat; ttiMs: Stat; longTasks: Stat; ratio: number }
  new: { readyMs: Stat; ttiMs: Stat; longTasks: Stat; ratio: number }
}): string {
  const la = (xs: number[]) => xs.map((x) => x.toFixed(2)).join(' / ')
  const verdict = (x: number) => `**${x.toFixed(2)}** ${x <= r.budget ? '✓' : '✗ over'}`
  return [
    `${r.date.slice(0, 10)}, ${r.runs} loads of each page, fresh context each (median [min–max], ms from navigation start); TTI = ready, then ${r.quietMs} ms without a long task. Load average before / after: ${la(r.loadAverage.before)} → ${la(r.loadAverage.after)}.`,
    '',
    '| page | ready | TTI | long tasks | TTI ÷ stack floor (≤ ' + r.budget + ') |',
    '| --- | --- | --- | --- | --- |',
    `| blank Vite + Vue | ${cell(r.baseline.readyMs)} | ${cell(r.baseline.ttiMs)} | ${f0(r.baseline.longTasks.median)} | ${r.baseline.ratio.toFixed(2)} (no budget) |`,
    `| stack floor (reference): Vue + Pinia + vue-router + localforage reading the same roadmap, ${r.seededMilestones} bare SVG cards | ${cell(r.floor.readyMs)} | ${cell(r.floor.ttiMs)} | ${f0(r.floor.longTasks.median)} | 1 |`,
    `| app, returning user: \`/\`, graph of ${r.seededMilestones} milestones | ${cell(r.returning.readyMs)} | ${cell(r.returning.ttiMs)} | ${f0(r.returning.longTasks.median)} | ${verdict(r.returning.ratio)} |`,
    `| app, new user: \`/\` → questionnaire | ${cell(r.new.readyMs)} | ${cell(r.new.ttiMs)} | ${f0(r.new.longTasks.median)} | ${verdict(r.new.ratio)} |`,
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
