/**
 * Where a pan or zoom frame's time goes, ours against Vue Flow's: one page of each at SIZE
 * milestones (200), fitted to the whole graph, traced over the bench's 120-frame gesture
 * (KIND = pan | zoom | drag). Prints, per thread, the total time of each kind of trace event
 * (style, layout, paint, raster, script…), divided by the frames.
 *
 *   SIZE=200 KIND=zoom npx tsx bench/render/trace.ts
 */
import { chromium, type Browser, type Page } from '@playwright/test'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CHROMIUM_EXECUTABLE } from '../../tests/e2e/chromium'
import { serveStatic } from '../serve'
import { generateBenchRoadmap } from './generate'
import {
  FLAGS,
  fitFlow,
  fitOurs,
  gesture,
  middleOf,
  openFlow,
  openOurs,
  seedEnvelope,
  type Kind,
} from './run'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SIZE = Number(process.env.SIZE ?? 200)
const KIND = (process.env.KIND ?? 'pan') as Kind
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink',
  'cc',
  'gpu',
  'viz',
  'toplevel',
  'v8.execute',
]

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  dur?: number
  tdur?: number
  args?: {
    name?: string
    elementCount?: number
    beginData?: { stackTrace?: { functionName: string; url: string }[] }
  }
}

const NAMES = new Set([
  'FunctionCall',
  'EventDispatch',
  'FireAnimationFrame',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'UpdateLayer',
  'CompositeLayers',
  'Commit',
  'RasterTask',
  'ImageDecodeTask',
  'ThreadProxy::ScheduledActionDraw',
  'Display::DrawAndSwap',
  'SkiaOutputSurfaceImplOnGpu::SwapBuffers',
  'RunTask',
  'ThreadControllerImpl::RunTask',
  'ProxyMain::BeginMainFrame',
  'LayerTreeHostImpl::PrepareToDraw',
  'LayerTreeHostImpl::DrawLayers',
  'TileManager::AssignGpuMemoryToTiles',
  'PaintLayerCompositor::updateIfNeededRecursive',
  'LocalFrameView::RunPaintLifecyclePhase',
  'V8.GC_SCAVENGER',
])

async function traced(browser: Browser, page: Page, area: string, node: string) {
  await browser.startTracing(page, { categories: CATEGORIES, screenshots: false })
  const r = await gesture(page, KIND, area, node)
  const buffer = await browser.stopTracing()
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  const threads = new Map<string, string>()
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args!.name!)
  const sums = new Map<string, { wall: number; cpu: number; n: number }>()
  for (const e of events) {
    if (e.ph !== 'X' || !NAMES.has(e.name)) continue
    const thread = threads.get(`${e.pid}:${e.tid}`) ?? `${e.pid}:${e.tid}`
    const key = `${thread.padEnd(28)} ${e.name}`
    const s = sums.get(key) ?? { wall: 0, cpu: 0, n: 0 }
    s.wall += (e.dur ?? 0) / 1000
    s.cpu += (e.tdur ?? 0) / 1000
    s.n++
    sums.set(key, s)
  }
  const frames = r.times.length
  const styles = events.filter((e) => e.name === 'UpdateLayoutTree' && e.ph === 'X')
  const counts = styles.map((e) => e.args?.elementCount ?? -1)
  const forced = styles.filter((e) => e.args?.beginData?.stackTrace?.length)
  const where = new Map<string, number>()
  for (const e of forced) {
    const f = e.args!.beginData!.stackTrace![0]!
    const k = `${f.functionName}`
    where.set(k, (where.get(k) ?? 0) + 1)
  }
  console.log(
    `  style recalcs: ${styles.length}, elements median ${[...counts].sort((a, b) => a - b)[counts.length >> 1]}, forced from ${JSON.stringify([...where])}`,
  )
  const sorted = [...r.times].sort((a, b) => a - b)
  const lines = [...sums]
    .filter(([, s]) => s.wall / frames >= 0.05)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([k, s]) =>
        `  ${k.padEnd(70)} ${(s.wall / frames).toFixed(2).padStart(6)} ms/frame wall, ${(s.cpu / frames).toFixed(2).padStart(6)} cpu, ${(s.n / frames).toFixed(1)}/frame`,
    )
  return `median frame ${sorted[frames >> 1]!.toFixed(2)} ms\n${lines.join('\n')}`
}

const roadmap = generateBenchRoadmap(SIZE)
const { server, base } = await serveStatic({
  '': resolve(ROOT, process.env.DIST ?? 'dist'),
  '/vueflow': join(ROOT, 'bench/render/dist'),
})
const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: FLAGS })
try {
  const middle = middleOf(roadmap)
  const ours = await openOurs(browser, base, await seedEnvelope(roadmap, 'stored'))
  if (process.env.HIDE)
    await ours.page.addStyleTag({ content: `${process.env.HIDE} { display: none !important }` })
  await fitOurs(ours.page)
  console.log(`ours, ${SIZE} milestones, ${KIND}:`)
  console.log(await traced(browser, ours.page, '[data-testid="graph"]', `[data-id="${middle}"]`))
  await ours.context.close()

  const flow = await openFlow(browser, base, roadmap, ours.size)
  await flow.page.evaluate(() => (window as unknown as { __ready: Promise<number> }).__ready)
  await fitFlow(flow.page)
  console.log(`Vue Flow, ${SIZE} milestones, ${KIND}:`)
  console.log(await traced(browser, flow.page, '.vue-flow', `.vue-flow__node[data-id="${middle}"]`))
  await flow.context.close()
} finally {
  await browser.close()
  server.close()
}
