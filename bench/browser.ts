/** The built app served by `vite preview`, and Debian's Chromium driven by Playwright. */
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import { preview, type PreviewServer } from 'vite'
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../tests/e2e/chromium'
import { putStoredValue } from '../tests/e2e/idb'

export async function serveBuiltApp(
  port: number,
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: PreviewServer = await preview({
    preview: { port, strictPort: true, host: '127.0.0.1' },
    logLevel: 'warn',
  })
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}

export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_EXECUTABLE,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  })
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Median, least and greatest of a series of runs. */
export const spread = (xs: readonly number[]) => ({
  median: median(xs),
  min: Math.min(...xs),
  max: Math.max(...xs),
})

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!
}

// ------------------------------------------------------------------ page loads

/**
 * Seeds IndexedDB in `context` exactly as the app stores it (one visit to /settings opens the
 * database), then visits once more, as a returning user did before the measured load (the app
 * reads the data and leaves what it keeps beside it in localStorage: its start hint, and on the
 * graph (`revisit` '/') the layout it computed), then empties the HTTP cache, so a measured load
 * downloads everything.
 */
export async function seedStorage(
  context: BrowserContext,
  base: string,
  envelope: unknown,
  revisit = '/settings',
) {
  const page = await context.newPage()
  await page.goto(`${base}/settings`)
  await page.getByTestId('save-status').waitFor()
  await putStoredValue(page, envelope)
  await page.goto(`${base}${revisit}`)
  await page.getByTestId('save-status').waitFor()
  if (revisit === '/')
    await page.locator('[data-testid="graph"] .cards > [data-id]').first().waitFor()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.clearBrowserCache')
  await cdp.detach()
  await page.close()
}

/** The page's JavaScript heap in MiB, after two forced garbage collections. */
export async function jsHeapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await cdp.detach()
  return usedSize / 2 ** 20
}

/**
 * A fresh context (1400 × 900, English) for a measured load of the app, seeded with `envelope`
 * (`seedStorage`), without service workers: the worker the seeding visit registered would
 * otherwise still be downloading its precache while the measured page loads.
 */
export async function seededContext(browser: Browser, base: string, envelope: unknown) {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    locale: 'en-US',
    serviceWorkers: 'block',
  })
  try {
    await seedStorage(context, base, envelope)
    return context
  } catch (error) {
    await context.close()
    throw error
  }
}

/** Installed before any page script: the long-task log and the `ready` promise. */
export function probe(check: string): string {
  return `(() => {
    window.__name = (f) => f
    window.__longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.startTime + e.duration])
    }).observe({ type: 'longtask', buffered: true })
    window.__ready = new Promise((resolve) => {
      const check = () => { try { return (${check})() } catch { return false } }
      const tick = () => {
        if (!check()) return requestAnimationFrame(tick)
        window.__seen = performance.now()
        requestAnimationFrame(() => resolve(performance.now()))
      }
      requestAnimationFrame(tick)
    })
  })()`
}

export interface Load {
  readyMs: number
  ttiMs: number
  longTasks: number
  longestTaskMs: number
  scripts: string[]
}

export async function measureLoad(
  context: BrowserContext,
  url: string,
  check: string,
  quietMs: number,
): Promise<Load> {
  const page = await context.newPage()
  await page.addInitScript(probe(check))
  await page.goto(url)
  const result = await page.evaluate(async (quiet) => {
    const w = window as unknown as { __ready: Promise<number>; __longTasks: [number, number][] }
    const readyMs = await w.__ready
    for (;;) {
      const last = Math.max(readyMs, ...w.__longTasks.map((t) => t[1]))
      if (performance.now() - last >= quiet) {
        // What the first view downloaded: scripts requested before its UI was in the DOM (later
        // ones, such as what loads once that frame is drawn, or the service worker's
        // registration once the page is idle, are not its own).
        const seenMs = (window as unknown as { __seen: number }).__seen
        const scripts = performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming).initiatorType !== 'fetch')
          .filter((e) => e.startTime <= seenMs)
          .map((e) => new URL(e.name).pathname)
          .filter((p) => p.endsWith('.js'))
        const entry = new URL(
          (document.querySelector('script[type="module"][src]') as HTMLScriptElement).src,
        ).pathname
        return {
          readyMs,
          ttiMs: last,
          longTasks: w.__longTasks.length,
          longestTaskMs: Math.max(0, ...w.__longTasks.map((t) => t[1] - t[0])),
          scripts: [...new Set([entry, ...scripts])],
        }
      }
      await new Promise((r) => setTimeout(r, 50))
    }
  }, quietMs)
  await page.close()
  return result
}

// ------------------------------------------------------------------ saves

/**
 * Opens `url` (with the long-task probe waiting for `check`), waits until the data is saved,
 * then records every change of the save status with its time in the page (`__status`).
 */
export async function openAndWatchSaves(page: Page, url: string, check: string) {
  await page.addInitScript(probe(check))
  await page.goto(url)
  await page.evaluate(() => (window as unknown as { __ready: Promise<number> }).__ready)
  await page.locator('[data-testid="save-status"][data-status="saved"]').waitFor()
  await page.evaluate(() => {
    const w = window as unknown as { __status: [string, number][] }
    w.__status = []
    const el = document.querySelector('[data-testid="save-status"]')!
    new MutationObserver(() =>
      w.__status.push([el.getAttribute('data-status') ?? '', performance.now()]),
    ).observe(el, { attributes: true, attributeFilter: ['data-status'] })
  })
}

/** Forgets the statuses seen so far; the page's time now, the start of an edit. */
export function startEdit(page: Page): Promise<number> {
  return page.evaluate(() => {
    ;(window as unknown as { __status: unknown[] }).__status = []
    return performance.now()
  })
}

/** The page's time at which the save status first read "saved" after `since`. */
export function savedAfter(page: Page, since: number): Promise<number> {
  return page.evaluate(async (t0) => {
    const w = window as unknown as { __status: [string, number][] }
    for (;;) {
      const saved = w.__status.find(([s, t]) => s === 'saved' && t > t0)
      if (saved) return saved[1]
      await new Promise((r) => setTimeout(r, 20))
    }
  }, since)
}

/** The long tasks, as [start, end], that started between `from` and `to`. */
export function longTasksBetween(
  page: Page,
  from: number,
  to: number,
): Promise<[number, number][]> {
  return page.evaluate(
    ([a, b]) =>
      (window as unknown as { __longTasks: [number, number][] }).__longTasks.filter(
        ([start]) => start >= a! && start <= b!,
      ),
    [from, to],
  )
}

// ------------------------------------------------------------------ main-thread tasks (tracing)

/**
 * Every task of the page's renderer main thread, with no lower bound on its length: Chromium's
 * trace (`toplevel` RunTask events), where PerformanceObserver 'longtask' and the Long Animation
 * Frames API report only tasks over 50 ms. Times are in ms of the trace clock; `marks` are the
 * page's `performance.mark()` names (first occurrence) on the same clock, so tasks can be split
 * by what the app and the bench mark.
 */
export interface TracedTask {
  start: number
  end: number
  /** Thread (CPU) time, ms: the wall time less the time the thread waited for a core. */
  cpu: number
  /** What ran in it: 'input' (a key or pointer event), 'frame' (style, layout, paint), 'script'. */
  kind: 'input' | 'frame' | 'script'
  /** Its longest events, as `name (ms)`: where a long task went. */
  detail: string[]
}

export interface TaskTrace {
  tasks: TracedTask[]
  marks: Record<string, number[]>
}

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'blink.user_timing']

/**
 * The microtask checkpoint Chromium runs after a task, traced as a top-level event of its own
 * beside the task's `RunTask` (in which, after a `scheduler.yield`, only the continuation's
 * resolution runs: the code after the `await` runs in the checkpoint).
 */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint'
/** A checkpoint starting this close (µs) after a task's end is that task's. */
const CONTIGUOUS_US = 100

export function startTaskTrace(browser: Browser, page: Page): Promise<void> {
  return browser.startTracing(page, { categories: TRACE_CATEGORIES, screenshots: false })
}

/** One event of a Chromium trace (`args` differs by event; read it defensively). */
export interface TraceEvent<Args = { name?: string; data?: { type?: string } }> {
  name: string
  cat: string
  ph: string
  ts: number
  dur?: number
  tdur?: number
  pid: number
  tid: number
  args?: Args
}

/** The marks of the Navigation Timing API, which every page's renderer records. */
const NAVIGATION_MARK =
  /^(navigationStart|fetchStart|responseEnd|domLoading|domInteractive|domContentLoadedEvent(Start|End)|domComplete|loadEvent(Start|End)|unloadEvent(Start|End)|commitNavigationEnd|requestStart|responseStart|redirect(Start|End)|connect(Start|End)|domainLookup(Start|End)|secureConnectionStart)$/

export async function stopTaskTrace(browser: Browser): Promise<TaskTrace> {
  const buffer = await browser.stopTracing()
  const events = (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  // The page's main thread: the renderer main thread that recorded the page's own marks (the
  // app's `storage:load`…), else navigation-timing marks, else the busiest one. Chromium's own
  // pages (its WebUI renderers) record navigation-timing marks too, sometimes more of them.
  const mains = events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .map((e) => `${e.pid}:${e.tid}`)
  const key = (e: TraceEvent) => `${e.pid}:${e.tid}`
  const weight = (e: TraceEvent) =>
    !e.cat.includes('user_timing') ? 1 : NAVIGATION_MARK.test(e.name) ? 1e6 : 1e12
  const busy = new Map<string, number>()
  for (const e of events)
    if (mains.includes(key(e))) busy.set(key(e), (busy.get(key(e)) ?? 0) + weight(e))
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0]
  const own = events.filter((e) => key(e) === main).sort((a, b) => a.ts - b.ts)
  const marks: Record<string, number[]> = {}
  for (const e of own)
    if (e.cat.includes('user_timing') && (e.ph === 'R' || e.ph === 'I' || e.ph === 'i'))
      (marks[e.name] ??= []).push(e.ts / 1000)
  type Open = TracedTask & { endUs: number; events: [string, number][] }
  const tasks: Open[] = []
  let open: Open | null = null
  for (const e of own) {
    if (open && e.ts >= open.endUs) open = null
    if (e.ph !== 'X' || e.dur === undefined) continue
    const last = tasks[tasks.length - 1]
    if (
      !open &&
      e.name === MICROTASKS &&
      last &&
      e.ts - last.endUs <= CONTIGUOUS_US &&
      e.ts >= last.endUs
    ) {
      // The microtasks that run when a task ends (a `scheduler.yield` continuation, a resolved
      // IndexedDB request's `await`s) are traced beside it, not inside it: the same task.
      last.endUs = e.ts + e.dur
      last.end = last.endUs / 1000
      last.cpu += (e.tdur ?? e.dur) / 1000
      open = last
    } else if (
      !open &&
      (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask' || e.name === MICROTASKS)
    ) {
      open = {
        start: e.ts / 1000,
        end: (e.ts + e.dur) / 1000,
        endUs: e.ts + e.dur,
        cpu: (e.tdur ?? e.dur) / 1000,
        kind: 'script',
        detail: [],
        events: [],
      }
      tasks.push(open)
    } else if (open) {
      const type = e.args?.data?.type ?? ''
      open.events.push([`${e.name}${type ? `:${type}` : ''}`, e.dur / 1000])
      if (e.name === 'EventDispatch' && /^(key|pointer|mouse|click)/.test(type)) open.kind = 'input'
      else if (
        open.kind === 'script' &&
        /^(UpdateLayoutTree|Layout|Paint|PrePaint|Commit|Layerize)$/.test(e.name)
      )
        open.kind = 'frame'
    }
  }
  const detail = (events: [string, number][]) =>
    events
      .sort((a, b) => b[1] - a[1])
      .slice(0, 4)
      .map(([name, ms]) => `${name} (${ms.toFixed(1)})`)
  return {
    tasks: tasks.map(({ start, end, cpu, kind, events }) => ({
      start,
      end,
      cpu,
      kind,
      detail: detail(events),
    })),
    marks,
  }
}

/** The tasks that started in [from, to] (trace ms): how many exceed `budgetMs`, the longest. */
export function tasksOver(tasks: TracedTask[], from: number, to: number, budgetMs: number) {
  const durations = tasks
    .filter((t) => t.start >= from && t.start <= to)
    .map((t) => t.end - t.start)
  return {
    count: durations.length,
    over: durations.filter((d) => d > budgetMs).length,
    longestMs: Math.max(0, ...durations),
  }
}

/** A traced page load, split at the app's marks (`storage:load`, `storage:hydrated`). */
export interface TracedLoad {
  /** Navigation start → `check` true (page time). */
  readyMs: number
  /** Tasks from start-up asking storage for the data to the data hydrated into the stores. */
  storage: TracedTask[]
  /** Tasks after that until `tailMs` after ready: the view's render, the deferred work. */
  after: TracedTask[]
  /** Every task from navigation until `tailMs` after ready. */
  all: TracedTask[]
  /** The stored copy was trusted by its digest (`storage:trusted`). */
  trusted: boolean
  /** The page's User Timing marks, trace ms (the app's `storage:*` steps among them). */
  marks: Record<string, number[]>
}

/**
 * Opens `url` in a new page of `context`, traced, and waits until `check` holds and `tailMs`
 * more. Null when the trace missed the page's marks (it rarely misses the navigated renderer):
 * measure again.
 */
export async function tracedLoad(
  browser: Browser,
  context: BrowserContext,
  url: string,
  check: string,
  tailMs: number,
): Promise<TracedLoad | null> {
  const page = await context.newPage()
  try {
    await page.addInitScript(probe(check))
    await startTaskTrace(browser, page)
    await page.goto(url)
    const readyMs = await page.evaluate(
      () => (window as unknown as { __ready: Promise<number> }).__ready,
    )
    await page.waitForTimeout(tailMs)
    const trace = await stopTaskTrace(browser)
    const load = trace.marks['storage:load']?.[0]
    const hydrated = trace.marks['storage:hydrated']?.[0]
    if (load === undefined || hydrated === undefined) return null
    const offset =
      load - (await page.evaluate(() => performance.getEntriesByName('storage:load')[0]!.startTime))
    const end = readyMs + offset + tailMs
    const tasksIn = (a: number, b: number) => trace.tasks.filter((t) => t.start > a && t.start <= b)
    return {
      readyMs,
      storage: tasksIn(load, hydrated),
      after: tasksIn(hydrated, end),
      all: tasksIn(-Infinity, end),
      trusted: !!trace.marks['storage:trusted'],
      marks: trace.marks,
    }
  } finally {
    await page.close()
  }
}

/**
 * One edit, traced: `act` (a key press, a click) until the save status reads "saved", then
 * `tailMs` more (the save's tail: the backup, the status's render). Needs `openAndWatchSaves`.
 * Every main-thread task from the edit on, and the page's time from the edit to "saved".
 */
export async function tracedEdit(
  browser: Browser,
  page: Page,
  act: () => Promise<void>,
  tailMs: number,
): Promise<{ savedMs: number; tasks: TracedTask[] }> {
  await startTaskTrace(browser, page)
  const t0 = await startEdit(page)
  await page.evaluate(() => performance.mark('bench:edit'))
  await act()
  const savedAt = await savedAfter(page, t0)
  await page.waitForTimeout(tailMs)
  const trace = await stopTaskTrace(browser)
  // The mark is set after `t0`, in a task of its own: tasks from it on are the edit's.
  const from = trace.marks['bench:edit']![0]!
  const offset =
    from - (await page.evaluate(() => performance.getEntriesByName('bench:edit')[0]!.startTime))
  const to = savedAt + offset + tailMs
  return {
    savedMs: savedAt - t0,
    tasks: trace.tasks.filter((t) => t.start > from && t.start <= to),
  }
}
