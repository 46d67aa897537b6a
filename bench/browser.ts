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

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!
}

// ------------------------------------------------------------------ page loads

/**
 * Seeds IndexedDB in `context` exactly as the app stores it (one visit to /settings opens the
 * database), then empties the HTTP cache, so a measured load downloads everything.
 */
export async function seedStorage(context: BrowserContext, base: string, envelope: unknown) {
  const page = await context.newPage()
  await page.goto(`${base}/settings`)
  await page.getByTestId('save-status').waitFor()
  await putStoredValue(page, envelope)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.clearBrowserCache')
  await cdp.detach()
  await page.close()
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
