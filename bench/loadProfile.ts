/**
 * One traced load of a `npm run bench:load` page (`tsx bench/loadProfile.ts [returning|new|floor]`,
 * after `npm run bench:load` built the pages): Chromium's trace of the page's main thread, from
 * navigation start to TTI, split into what the bench cannot tell apart — script evaluation and
 * compilation, Vue's work (JavaScript by function, from the trace's CPU samples), style, layout,
 * paint, garbage collection, idle — and the main thread's tasks over 10 ms in order.
 * With `DIST=dir` it loads the app from another build (e.g. `vite build --sourcemap --outDir`),
 * whose source maps then name the app's functions. SAMPLES=0 leaves the CPU samples out (they
 * slow the page 2–3×) for honest task times. Not part of `npm run bench`: a tool for finding
 * where the time goes, whose figures come from one load; the trace is left in the temp folder.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { SourceMapConsumer } from 'source-map-js'
import { launchChromium, probe, seedStorage, type TraceEvent as BrowserTraceEvent } from './browser'
import { LOAD_CONTEXT, READY, SEED_VISIT, storedSeed, type Scenario } from './load'
import { serveStatic } from './serve'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const scenario = (process.argv[2] ?? 'returning') as Scenario
const DIST = process.env.DIST ?? join(ROOT, 'dist')

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TraceEvent = BrowserTraceEvent<Record<string, any>>

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
  'disabled-by-default-v8.gc',
  // The CPU samples name the functions but slow the page 2–3×: SAMPLES=0 for honest task times.
  ...(process.env.SAMPLES === '0' ? [] : ['disabled-by-default-v8.cpu_profiler']),
].join(',')

async function trace() {
  const { envelope } = await storedSeed()
  const server = await serveStatic({
    '': DIST,
    '/blank': join(ROOT, 'bench/load/dist/blank'),
    '/floor': join(ROOT, 'bench/load/dist/floor'),
  })
  const browser = await launchChromium()
  try {
    const context = await browser.newContext(LOAD_CONTEXT)
    if (scenario === 'returning' || scenario === 'floor')
      await seedStorage(context, server.base, envelope, SEED_VISIT)
    const page = await context.newPage()
    await page.addInitScript(probe(READY[scenario]))
    const cdp = await context.newCDPSession(page)
    const events: TraceEvent[] = []
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]))
    })
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    )
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: { includedCategories: CATEGORIES.split(',') },
    })
    const url =
      scenario === 'floor'
        ? `${server.base}/floor/`
        : scenario === 'baseline'
          ? `${server.base}/blank/`
          : `${server.base}/`
    await page.goto(url)
    const ready = await page.evaluate(
      () => (window as unknown as { __ready: Promise<number> }).__ready,
    )
    await page.waitForTimeout(800)
    const marks = await page.evaluate(() => ({
      origin: performance.timeOrigin,
      longTasks: (window as unknown as { __longTasks: [number, number][] }).__longTasks,
    }))
    await cdp.send('Tracing.end')
    await done
    await context.close()
    return { events, ready, marks }
  } finally {
    await browser.close()
    await server.close()
  }
}

const maps = new Map<string, SourceMapConsumer | null>()
function mapper(url: string): SourceMapConsumer | null {
  if (maps.has(url)) return maps.get(url)!
  let consumer: SourceMapConsumer | null = null
  try {
    const file = join(DIST, new URL(url).pathname)
    if (existsSync(`${file}.map`))
      consumer = new SourceMapConsumer(JSON.parse(readFileSync(`${file}.map`, 'utf8')))
  } catch {
    consumer = null
  }
  maps.set(url, consumer)
  return consumer
}

function where(frame: {
  url: string
  functionName: string
  lineNumber: number
  columnNumber: number
}) {
  const file = frame.url.replace(/^.*\/assets\//, '')
  const m = frame.url ? mapper(frame.url) : null
  if (m) {
    const pos = m.originalPositionFor({ line: frame.lineNumber + 1, column: frame.columnNumber })
    if (pos.source)
      return `${pos.name ?? frame.functionName ?? '?'} ${pos.source.replace(/^.*node_modules\//, '~').replace(/^(\.\.\/)+/, '')}:${pos.line}`
  }
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`
}

async function main() {
  const { events, ready, marks } = await trace()
  // The whole trace, for chrome://tracing or a closer look (several MB: not kept in the repository).
  writeFileSync(join(tmpdir(), `load-trace-${scenario}.json`), JSON.stringify(events))
  // The page's main thread: the renderer whose main thread parsed our document.
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith('http'),
  )
  if (!parse) throw new Error('no ParseHTML of the page in the trace')
  const main = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid)
  const nav = events.find(
    (e) => e.name === 'navigationStart' && e.pid === parse.pid && e.args?.data?.isLoadingMainFrame,
  )
  const t0 = nav?.ts ?? parse.ts
  const ms = (ts: number) => (ts - t0) / 1000
  const last = Math.max(ready, ...marks.longTasks.map((t) => t[1]))
  const end = t0 + last * 1000
  console.log(
    `${scenario}: ready ${ready.toFixed(0)} ms, TTI ${last.toFixed(0)} ms; long tasks`,
    marks.longTasks.map(([a, b]) => `${a.toFixed(0)}–${b.toFixed(0)}`).join(', '),
  )

  // Top-level tasks on the main thread.
  const tasks = main.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.ts < end)
  const busy = tasks.reduce((s, e) => s + (e.dur ?? 0), 0) / 1000
  // CPU time of the main thread (the trace's thread clock): what a busy machine does not inflate.
  const cpu = tasks.reduce((s, e) => s + (e.tdur ?? e.dur ?? 0), 0) / 1000
  console.log(
    `main thread busy ${busy.toFixed(0)} ms of ${last.toFixed(0)}, CPU ${cpu.toFixed(0)} ms`,
  )
  // Self time by event kind (nested X events), up to TTI.
  const xs = main
    .filter((e) => e.ph === 'X' && e.ts < end && (e.dur ?? 0) > 0)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))
  const self = new Map<string, number>()
  const stack: { e: TraceEvent; child: number }[] = []
  const close = (upTo: number) => {
    while (
      stack.length &&
      stack[stack.length - 1]!.e.ts + (stack[stack.length - 1]!.e.dur ?? 0) <= upTo
    ) {
      const { e, child } = stack.pop()!
      self.set(e.name, (self.get(e.name) ?? 0) + ((e.dur ?? 0) - child) / 1000)
      if (stack.length) stack[stack.length - 1]!.child += e.dur ?? 0
    }
  }
  for (const e of xs) {
    close(e.ts)
    stack.push({ e, child: 0 })
  }
  close(Infinity)
  const kinds = [...self].sort((a, b) => b[1] - a[1]).filter(([, v]) => v >= 1)
  console.log('\nself time by trace event (ms):')
  for (const [k, v] of kinds) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)

  console.log('\ntasks ≥ 8 ms (start–end ms, what is inside):')
  for (const task of tasks.filter((e) => (e.dur ?? 0) >= 8000)) {
    const inside = main.filter(
      (e) =>
        e.ph === 'X' &&
        e !== task &&
        e.ts >= task.ts &&
        e.ts < task.ts + (task.dur ?? 0) &&
        (e.dur ?? 0) >= 2000,
    )
    const label = inside
      .slice(0, 14)
      .map((e) => {
        const d = e.args?.data ?? e.args?.beginData ?? {}
        const what = d.url ? String(d.url).replace(/^.*\//, '') : d.functionName || d.type || ''
        return `${e.name}${what ? `(${what})` : ''} ${((e.dur ?? 0) / 1000).toFixed(1)}`
      })
      .join('; ')
    console.log(
      `  ${ms(task.ts).toFixed(0)}–${ms(task.ts + (task.dur ?? 0)).toFixed(0)} (${((task.dur ?? 0) / 1000).toFixed(1)}): ${label}`,
    )
  }

  // JavaScript time by function, from the CPU profile samples in the trace: self time over the
  // whole load, and per task over 30 ms the app's own functions (src/) by inclusive time.
  type Node = {
    id: number
    parent?: number
    callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number }
  }
  const nodes = new Map<number, Node>()
  const samples: { ts: number; id: number; dt: number }[] = []
  const profile = events.find((e) => e.name === 'Profile' && e.pid === parse.pid)
  let t = profile?.args?.data?.startTime ?? 0
  for (const c of events.filter((e) => e.name === 'ProfileChunk' && e.pid === parse.pid)) {
    const data = c.args?.data?.cpuProfile
    for (const n of (data?.nodes ?? []) as Node[]) nodes.set(n.id, n)
    const ids: number[] = data?.samples ?? []
    const deltas: number[] = c.args?.data?.timeDeltas ?? []
    ids.forEach((id, i) => {
      t += deltas[i] ?? 0
      samples.push({ ts: t, id, dt: 0 })
    })
  }
  samples.forEach((x, i) => (x.dt = ((samples[i + 1]?.ts ?? x.ts + 100) - x.ts) / 1000))
  const keyOf = new Map<number, string>()
  const key = (id: number) => {
    let k = keyOf.get(id)
    if (k === undefined) {
      const f = nodes.get(id)?.callFrame
      k = !f ? '?' : f.url ? where(f) : `(${f.functionName || 'program'})`
      keyOf.set(id, k)
    }
    return k
  }
  const stackOf = (id: number) => {
    const out: string[] = []
    for (let n = nodes.get(id); n; n = n.parent !== undefined ? nodes.get(n.parent) : undefined)
      out.push(key(n.id))
    return out
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n)
  const selfBy = (from: number, to: number, by: (k: string) => string) => {
    const m = new Map<string, number>()
    for (const x of samples)
      if (x.ts >= from && x.ts < to) {
        const k = by(key(x.id))
        m.set(k, (m.get(k) ?? 0) + x.dt)
      }
    return m
  }
  const appInclusive = (from: number, to: number) => {
    const m = new Map<string, number>()
    for (const x of samples)
      if (x.ts >= from && x.ts < to)
        for (const k of new Set(stackOf(x.id).filter((k) => /\bsrc\//.test(k))))
          m.set(k, (m.get(k) ?? 0) + x.dt)
    return m
  }
  if (samples.length) {
    console.log('\nJavaScript self time by source file (ms, sampled):')
    for (const [k, v] of top(
      selfBy(t0, end, (k) => k.split(' ')[1]?.replace(/:\d+$/, '') ?? k),
      25,
    ))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)
    console.log('\nby function:')
    for (const [k, v] of top(
      selfBy(t0, end, (k) => k),
      40,
    ))
      console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)
    // Inclusive time per source file of the app (src/), whole load: what each module and
    // component costs with everything it calls, the runtime's work on its behalf included.
    const fileInclusive = new Map<string, number>()
    for (const x of samples)
      if (x.ts >= t0 && x.ts < end)
        for (const f of new Set(
          stackOf(x.id)
            .map((k) => /\b(src\/[^:]+)/.exec(k)?.[1])
            .filter((f): f is string => !!f),
        ))
          fileInclusive.set(f, (fileInclusive.get(f) ?? 0) + x.dt)
    console.log('\napp source files, inclusive (whole load):')
    for (const [k, v] of top(fileInclusive, 40)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)
    for (const task of tasks.filter(
      (e) => (e.dur ?? 0) >= Number(process.env.DETAIL_MS ?? 30) * 1000,
    )) {
      const to = task.ts + (task.dur ?? 0)
      console.log(`\ntask ${ms(task.ts).toFixed(0)}–${ms(to).toFixed(0)}: self`)
      for (const [k, v] of top(
        selfBy(task.ts, to, (k) => k),
        12,
      ))
        console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)
      console.log('  app functions, inclusive:')
      for (const [k, v] of top(appInclusive(task.ts, to), 25))
        console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)
    }
  }
  const userMarks = main.filter((e) => e.cat.includes('blink.user_timing'))
  if (userMarks.length) {
    console.log('\nmarks:')
    for (const e of userMarks) console.log(`  ${ms(e.ts).toFixed(0)}  ${e.name}`)
  }
  // WINDOWS=1: between consecutive marks (the app's own, or ones added to a build for the hunt),
  // the JavaScript by source file (inclusive: a file's code and all it calls) and by function.
  if (process.env.WINDOWS === '1' && samples.length) {
    const fileOf = (k: string) => /\S+(?=:\d+$)/.exec(k)?.[0]?.replace(/^~([^/]+).*$/, '~$1') ?? k
    const sorted = [...userMarks].sort((a, b) => a.ts - b.ts)
    sorted.forEach((from, i) => {
      const to = sorted[i + 1]?.ts ?? end
      if (to - from.ts < 2000) return
      const files = new Map<string, number>()
      for (const x of samples)
        if (x.ts >= from.ts && x.ts < to)
          for (const f of new Set(stackOf(x.id).map(fileOf)))
            files.set(f, (files.get(f) ?? 0) + x.dt)
      console.log(
        `\n${from.name} → ${sorted[i + 1]?.name ?? 'TTI'} (${ms(from.ts).toFixed(0)}–${ms(to).toFixed(0)} ms): by file, inclusive`,
      )
      for (const [k, v] of top(files, 14)) console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)
      console.log('  by function, self:')
      for (const [k, v] of top(
        selfBy(from.ts, to, (k) => k),
        10,
      ))
        console.log(`  ${v.toFixed(1).padStart(7)}  ${k}`)
    })
  }
}

await main()
