/**
 * Render benchmark (`npm run bench:render`): the built app's graph view against a Vue Flow
 * page drawing the same graph, in Debian's Chromium with an unthrottled frame rate.
 *
 * For 200, 1,000 and 2,000 generated milestones, each page is opened RUNS times (fresh
 * context each time) and measured:
 *   - first complete render: navigation start → the frame after every card the page shows
 *     (and, for Vue Flow, every edge) is in the DOM and visible;
 *   - JS heap after render (after a forced GC), and again with the whole graph in view;
 *   - frame time (median, p95) over 120 frames of panning and of wheel zooming, both pages
 *     starting from "fit the whole graph";
 *   - time per drag step: 120 frames, one mouse move each, dragging one card.
 * Input is the same DOM events on both pages, one per frame, as a browser sends a mouse's:
 * a pointer event, then its mouse event (the app follows the first, Vue Flow's d3 the second).
 * The app is seeded through IndexedDB with a valid stored envelope, as a returning user: as this
 * version stores it (text and its digest), so the load is every load after the first, not the
 * one-time upgrade of an earlier version's copy (SEED=legacy: the schema 4 object, validated in
 * full and written back). DIST=<dir> serves another build (`bench/render/ab.ts` compares two);
 * HEAP_SNAPSHOT=<prefix> writes a heap snapshot of each page where its heap is measured.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { chromium, type Browser, type Page } from '@playwright/test'
import { CARD_HEIGHT, CARD_WIDTH } from '../../src/domain/graphGeometry'
import { emptyAppData, wrap } from '../../src/domain/migrations'
import { unwrap } from '../../src/domain/unwrap'
import type { Roadmap } from '../../src/domain/schema'
import { generateBenchRoadmap } from './generate'
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE, UNTHROTTLED_ARGS } from '../../tests/e2e/chromium'
import { putStoredValue } from '../../tests/e2e/idb'
import { jsHeapMB } from '../browser'
import { serveStatic } from '../serve'
import { storedEnvelope } from '../storage'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const APP_DIR = resolve(ROOT, process.env.DIST ?? 'dist')
const FLOW_DIR = join(ROOT, 'bench/render/dist')
const OUT = join(ROOT, 'bench/results/render.json')
const SIZES = (process.env.SIZES ?? '200,1000,2000').split(',').map(Number)
const RUNS = Number(process.env.RUNS ?? 3)
const FRAMES = 120
const VIEWPORT = { width: 1400, height: 900 }
export const FLAGS = [...CHROMIUM_ARGS, ...UNTHROTTLED_ARGS]
export type Seed = 'stored' | 'legacy'
const SEED: Seed = process.env.SEED === 'legacy' ? 'legacy' : 'stored'

// ------------------------------------------------------------------ static server

const serve = () => serveStatic({ '': APP_DIR, '/vueflow': FLOW_DIR })

// ------------------------------------------------------------------ measuring in the page

export type Kind = 'pan' | 'zoom' | 'drag'

/** Resolves `window.__ready` with performance.now() at the frame after `check` first holds. */
function readyProbe(check: string) {
  return `window.__ready = new Promise((resolve) => {
    const check = () => { try { return (${check})() } catch { return false } }
    const tick = () => check() ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(tick)
    requestAnimationFrame(tick)
  })`
}

const OURS_READY = `() => {
  const svg = document.querySelector('[data-testid="graph"]')
  if (!svg) return false
  const want = Number(svg.getAttribute('data-cards'))
  return want > 0 && svg.querySelectorAll('.cards > [data-id]').length === want
}`
const flowReady = (nodes: number, edges: number) => `() =>
  document.querySelectorAll('.vue-flow__node').length === ${nodes} &&
  document.querySelectorAll('.vue-flow__edge').length === ${edges} &&
  !document.querySelector('.vue-flow__node[style*="visibility: hidden"]')`

/** Runs one gesture for `frames` frames, one input event per frame; returns frame times. */
export async function gesture(page: Page, kind: Kind, area: string, node: string) {
  return page.evaluate(
    async ({ kind, frames, area, node }) => {
      const box = document.querySelector(area)!.getBoundingClientRect()
      let x = box.left + 10
      let y = box.top + 10
      if (kind === 'zoom') {
        x = box.left + box.width / 2
        y = box.top + box.height / 2
      }
      if (kind === 'drag') {
        const r = document.querySelector(node)!.getBoundingClientRect()
        x = r.left + r.width / 2
        y = r.top + r.height / 2
      }
      const target = document.elementFromPoint(x, y)!
      const mouse = (type: 'down' | 'move' | 'up') => {
        const init = {
          bubbles: true,
          cancelable: true,
          composed: true,
          view: window,
          clientX: x,
          clientY: y,
          button: type === 'move' ? -1 : 0,
          buttons: type === 'up' ? 0 : 1,
        }
        target.dispatchEvent(
          new PointerEvent(`pointer${type}`, {
            ...init,
            pointerId: 1,
            pointerType: 'mouse',
            isPrimary: true,
          }),
        )
        target.dispatchEvent(new MouseEvent(`mouse${type}`, { ...init, button: 0 }))
      }
      const before = document.querySelector(kind === 'drag' ? node : area)!.getBoundingClientRect()
      if (kind !== 'zoom') mouse('down')
      const times: number[] = []
      await new Promise<void>((resolve) => {
        let i = 0
        let last = 0
        const tick = (now: number) => {
          if (i > 0) times.push(now - last)
          last = now
          if (i === frames) return resolve()
          if (kind === 'zoom')
            target.dispatchEvent(
              new WheelEvent('wheel', {
                bubbles: true,
                cancelable: true,
                view: window,
                clientX: x,
                clientY: y,
                deltaMode: 0,
                deltaY: i < frames / 2 ? -10 : 10,
              }),
            )
          else {
            x += kind === 'pan' ? 5 : 3
            y += 2
            mouse('move')
          }
          i++
          requestAnimationFrame(tick)
        }
        requestAnimationFrame(tick)
      })
      if (kind !== 'zoom') mouse('up')
      const after = document.querySelector(node)!.getBoundingClientRect()
      const nodeBefore = kind === 'drag' ? before : null
      return {
        times,
        // Sanity: the gesture did something (the dragged card or the view moved).
        moved: nodeBefore
          ? Math.hypot(after.left - nodeBefore.left, after.top - nodeBefore.top)
          : -1,
      }
    },
    { kind, frames: FRAMES, area, node },
  )
}

/** Writes a heap snapshot of `page` (open it in DevTools' Memory panel) to `prefix-<n>.heapsnapshot`. */
let snapshots = 0
async function snapshot(page: Page, prefix: string) {
  const cdp = await page.context().newCDPSession(page)
  const chunks: string[] = []
  cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk))
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false })
  await cdp.detach()
  await writeFile(`${prefix}-${++snapshots}.heapsnapshot`, chunks.join(''))
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN
}

export interface Run {
  firstRenderMs: number
  heapMB: number
  heapAllMB: number
  pan: { median: number; p95: number }
  zoom: { median: number; p95: number }
  drag: { median: number; p95: number }
  dragMovedPx: number
}

async function measurePage(
  page: Page,
  area: string,
  node: string,
  fitAll: () => Promise<void>,
): Promise<Run> {
  const firstRenderMs = await page.evaluate(
    () => (window as unknown as { __ready: Promise<number> }).__ready,
  )
  const heapMB = await jsHeapMB(page)
  if (process.env.HEAP_SNAPSHOT) await snapshot(page, process.env.HEAP_SNAPSHOT)
  await fitAll()
  const heapAllMB = await jsHeapMB(page)
  const stats = (xs: number[]) => ({ median: quantile(xs, 0.5), p95: quantile(xs, 0.95) })
  const pan = await gesture(page, 'pan', area, node)
  await fitAll()
  const zoom = await gesture(page, 'zoom', area, node)
  await fitAll()
  const drag = await gesture(page, 'drag', area, node)
  return {
    firstRenderMs,
    heapMB,
    heapAllMB,
    pan: stats(pan.times),
    zoom: stats(zoom.times),
    drag: stats(drag.times),
    dragMovedPx: drag.moved,
  }
}

// ------------------------------------------------------------------ the two pages

/** A fresh context; tsx names functions with a `__name` helper that pages lack, so give them one. */
async function newContext(browser: Browser) {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    locale: 'en-US',
    serviceWorkers: process.env.SW === 'allow' ? 'allow' : 'block',
  })
  await context.addInitScript('window.__name = (f) => f')
  return context
}

/** The generated roadmap as the app stores it (`seed`), checked to validate. */
export async function seedEnvelope(roadmap: Roadmap, seed: Seed): Promise<unknown> {
  const legacy = JSON.parse(
    JSON.stringify(wrap({ ...emptyAppData(), roadmaps: [roadmap], activeRoadmapId: roadmap.id })),
  ) as unknown
  const check = unwrap(legacy)
  if (!check.ok) throw new Error(`generated roadmap is invalid: ${check.problems.join('; ')}`)
  return seed === 'legacy' ? legacy : storedEnvelope(legacy)
}

async function seedApp(browser: Browser, base: string, envelope: unknown) {
  const context = await newContext(browser)
  const page = await context.newPage()
  await page.goto(`${base}/welcome`)
  await page.getByTestId('save-status').waitFor()
  await putStoredValue(page, envelope)
  await page.close()
  return context
}

/** The card the drag moves: the generated roadmap's middle milestone. */
export const middleOf = (roadmap: Roadmap) =>
  roadmap.milestones[Math.floor(roadmap.milestones.length / 2)]!.id

/** The app seeded with `envelope`, opened on the graph and rendered; the graph's size. */
export async function openOurs(browser: Browser, base: string, envelope: unknown) {
  const context = await seedApp(browser, base, envelope)
  const page = await context.newPage()
  await page.addInitScript(readyProbe(OURS_READY))
  await page.goto(`${base}/`)
  const size = await page.evaluate(async () => {
    await (window as unknown as { __ready: Promise<number> }).__ready
    const r = document.querySelector('[data-testid="graph"]')!.getBoundingClientRect()
    return { width: Math.round(r.width), height: Math.round(r.height) }
  })
  return { context, page, size }
}

/** The app's view of the whole graph (its Fit button), settled. */
export async function fitOurs(page: Page) {
  await page.getByRole('button', { name: 'Fit', exact: true }).click()
  await page.waitForTimeout(500)
}

export async function runOurs(browser: Browser, base: string, roadmap: Roadmap, envelope: unknown) {
  const { context, page, size } = await openOurs(browser, base, envelope)
  const run = await measurePage(
    page,
    '[data-testid="graph"]',
    `[data-id="${middleOf(roadmap)}"]`,
    () => fitOurs(page),
  )
  await context.close()
  return { run, size }
}

/** The Vue Flow page drawing `roadmap` in a pane of `size`, opened (not yet rendered). */
export async function openFlow(
  browser: Browser,
  base: string,
  roadmap: Roadmap,
  size: { width: number; height: number },
) {
  const context = await newContext(browser)
  const page = await context.newPage()
  const graph = {
    nodes: roadmap.milestones.map((m) => ({
      id: m.id,
      x: m.position!.x,
      y: m.position!.y,
      label: m.title.en,
    })),
    edges: roadmap.edges.map((e) => ({ source: e.from, target: e.to })),
    ...size,
    cardWidth: CARD_WIDTH,
    cardHeight: CARD_HEIGHT,
  }
  await page.addInitScript(`window.__BENCH__ = ${JSON.stringify(graph)}`)
  await page.addInitScript(readyProbe(flowReady(graph.nodes.length, graph.edges.length)))
  await page.goto(`${base}/vueflow/index.html`)
  return { context, page }
}

/** Vue Flow's view of the whole graph (its fitView), settled. */
export async function fitFlow(page: Page) {
  await page.evaluate(() =>
    (window as unknown as { __vf: { fitView: (o?: object) => Promise<boolean> } }).__vf.fitView({
      duration: 0,
    }),
  )
  await page.waitForTimeout(500)
}

async function runFlow(
  browser: Browser,
  base: string,
  roadmap: Roadmap,
  size: { width: number; height: number },
) {
  const { context, page } = await openFlow(browser, base, roadmap, size)
  const run = await measurePage(
    page,
    '.vue-flow',
    `.vue-flow__node[data-id="${middleOf(roadmap)}"]`,
    () => fitFlow(page),
  )
  await context.close()
  return run
}

// ------------------------------------------------------------------ report

type Metric = 'firstRenderMs' | 'heapMB' | 'pan' | 'zoom' | 'drag'
const METRICS: Metric[] = ['firstRenderMs', 'heapMB', 'pan', 'zoom', 'drag']
const TARGET: Record<Metric, number> = {
  firstRenderMs: 0.2,
  heapMB: 0.2,
  pan: 0.8,
  zoom: 0.8,
  drag: 0.8,
}
const value = (r: Run, m: Metric) => (m === 'firstRenderMs' || m === 'heapMB' ? r[m] : r[m].median)
const median = (xs: number[]) => quantile(xs, 0.5)
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2))

async function main() {
  const loadBefore = loadavg()
  const { server, base } = await serve()
  const browser = await chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: FLAGS,
  })
  const chromiumVersion = browser.version()
  const results: Record<string, unknown>[] = []
  const lines: string[] = []
  try {
    for (const count of SIZES) {
      const roadmap = generateBenchRoadmap(count)
      const envelope = await seedEnvelope(roadmap, SEED)
      const ours: Run[] = []
      const flow: Run[] = []
      for (let i = 0; i < RUNS; i++) {
        const o = await runOurs(browser, base, roadmap, envelope)
        ours.push(o.run)
        flow.push(await runFlow(browser, base, roadmap, o.size))
        process.stderr.write(`  ${count} milestones: run ${i + 1}/${RUNS} done\n`)
      }
      const row: Record<string, unknown> = {
        milestones: count,
        edges: roadmap.edges.length,
        runs: RUNS,
      }
      for (const m of METRICS) {
        const a = ours.map((r) => value(r, m))
        const b = flow.map((r) => value(r, m))
        const ratio = median(a) / median(b)
        row[m] = {
          ours: { median: median(a), min: Math.min(...a), max: Math.max(...a) },
          vueFlow: { median: median(b), min: Math.min(...b), max: Math.max(...b) },
          ratio,
          target: TARGET[m],
          met: ratio <= TARGET[m],
        }
        const p95 =
          m === 'pan' || m === 'zoom' || m === 'drag'
            ? ` (p95 ${fmt(median(ours.map((r) => r[m].p95)))} / ${fmt(median(flow.map((r) => r[m].p95)))})`
            : ''
        lines.push(
          `${String(count).padStart(5)} | ${m.padEnd(13)} | ours ${fmt(median(a)).padStart(6)} [${fmt(Math.min(...a))}–${fmt(Math.max(...a))}]` +
            ` | Vue Flow ${fmt(median(b)).padStart(6)} [${fmt(Math.min(...b))}–${fmt(Math.max(...b))}]` +
            ` | ratio ${ratio.toFixed(3)} (target ≤ ${TARGET[m]}) ${ratio <= TARGET[m] ? 'ok' : 'MISSED'}${p95}`,
        )
      }
      row.heapAllInViewMB = {
        ours: median(ours.map((r) => r.heapAllMB)),
        vueFlow: median(flow.map((r) => r.heapAllMB)),
      }
      row.dragMovedPx = {
        ours: median(ours.map((r) => r.dragMovedPx)),
        vueFlow: median(flow.map((r) => r.dragMovedPx)),
      }
      row.raw = { ours, vueFlow: flow }
      results.push(row)
      lines.push('')
    }
  } finally {
    await browser.close()
    server.close()
  }
  await mkdir(join(ROOT, 'bench/results'), { recursive: true })
  await writeFile(
    OUT,
    `${JSON.stringify({ date: new Date().toISOString(), seed: SEED, loadAverage: { before: loadBefore, after: loadavg() }, chromium: chromiumVersion, flags: FLAGS, viewport: VIEWPORT, frames: FRAMES, units: { firstRenderMs: 'ms', heapMB: 'MiB', pan: 'ms/frame', zoom: 'ms/frame', drag: 'ms/step' }, results }, null, 2)}\n`,
  )
  console.log(
    'size  | metric        | ours median [min–max over runs] | Vue Flow | ours ÷ Vue Flow',
  )
  console.log(lines.join('\n'))
  console.log(`written ${OUT}`)
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) await main()
