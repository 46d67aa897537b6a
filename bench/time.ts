/**
 * Allocation view under a realistic log: 3 years of daily entries on every track. Measures,
 * in the built app in Chromium, the work from "Add entry" to an updated, laid-out view
 * (Vue's update + style + layout), against one 60 Hz frame (16.7 ms).
 *
 *   npm run build && npm run bench:time
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import adviceRaw from '../data/advice.json'
import templateRaw from '../data/roadmap-template.json'
import { validateContent } from '../src/domain/content'
import { generateRoadmap } from '../src/domain/generate'
import { newTimeLog } from '../src/domain/allocation'
import { emptyAppData, wrap } from '../src/domain/migrations'
import type { TimeEntry } from '../src/domain/schema'
import { addDays, localDay } from '../src/domain/time'
import { putStoredValue } from '../tests/e2e/idb'
import { launchChromium, median, percentile, serveBuiltApp } from './browser'
import { prng } from './graphs'

const DAYS = 3 * 365 + 1
const ADDS = 25
const FRAME_MS = 1000 / 60

function appData() {
  const content = validateContent(adviceRaw, templateRaw)
  if (!content.ok) throw new Error(content.problems.join('\n'))
  const roadmap = generateRoadmap(
    content.value.template,
    {
      goal: 'fullstack-ml',
      hoursPerWeek: 15,
      backend: 'django',
      frontend: 'react',
      demo: 'own-page',
      framework: 'pytorch',
      grad: 'internship',
    },
    {
      id: '00000000-0000-4000-8000-00000000b3c4',
      name: 'Bench',
      now: new Date('2026-11-27T00:00:00Z'),
    },
  )
  const rand = prng(7)
  const tracks = roadmap.tracks.map((t) => t.id)
  const first = addDays(localDay(new Date()), -(DAYS - 1))
  const entries: TimeEntry[] = Array.from({ length: DAYS }, (_, i) => {
    const track = tracks[Math.floor(rand() * tracks.length)]!
    const candidates = roadmap.milestones.filter((m) => m.track === track)
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      day: addDays(first, i),
      minutes: 30 + Math.floor(rand() * 150),
      track,
      milestone:
        rand() < 0.7 ? (candidates[Math.floor(rand() * candidates.length)]?.id ?? null) : null,
      note: '',
      createdAt: `${addDays(first, i)}T12:00:00.000Z`,
    }
  })
  const data = { ...emptyAppData(), roadmaps: [roadmap], activeRoadmapId: roadmap.id }
  data.timeLogs[roadmap.id] = { ...newTimeLog(roadmap), entries }
  return { envelope: wrap(data), tracks: tracks.length, entries: entries.length }
}

async function main() {
  const { envelope, tracks, entries } = appData()
  const server = await serveBuiltApp(4181)
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ locale: 'en-US', viewport: { width: 1280, height: 900 } })
    await page.goto(`${server.url}/settings`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    // Seed IndexedDB exactly as the app stores it, then load the time view.
    await putStoredValue(page, JSON.parse(JSON.stringify(envelope)))
    const t0 = Date.now()
    await page.goto(`${server.url}/time`)
    await page.getByTestId('verdict').waitFor()
    const loadMs = Date.now() - t0

    await page.evaluate(() => {
      const w = window as unknown as { __longTasks: number[] }
      w.__longTasks = []
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push(e.duration)
      }).observe({ type: 'longtask', buffered: false })
    })
    const samples: number[] = []
    for (let i = 0; i < ADDS; i++) {
      await page.getByLabel('Duration').fill(String(20 + i))
      const ms = await page.evaluate(async () => {
        const button = [...document.querySelectorAll('button')].find(
          (b) => b.textContent?.trim() === 'Add entry',
        )!
        const start = performance.now()
        button.click()
        await new Promise((r) => setTimeout(r, 0)) // Vue's update runs in a microtask before this
        void document.body.offsetHeight // style + layout of the updated view
        return performance.now() - start
      })
      samples.push(ms)
    }
    const longTasks = await page.evaluate(
      () => (window as unknown as { __longTasks: number[] }).__longTasks,
    )
    const result = {
      date: new Date().toISOString(),
      entries,
      tracks,
      adds: ADDS,
      loadMs,
      updateMs: {
        median: median(samples),
        p95: percentile(samples, 95),
        min: Math.min(...samples),
        max: Math.max(...samples),
      },
      frameBudgetMs: FRAME_MS,
      longTasksOver50ms: longTasks.length,
    }
    mkdirSync('bench/results', { recursive: true })
    writeFileSync('bench/results/time.json', JSON.stringify(result, null, 2) + '\n')
    const f = (x: number) => x.toFixed(1)
    console.log(`\nAllocation view, ${entries} entries on ${tracks} tracks (${ADDS} additions)`)
    console.log('| measure | value |\n| --- | --- |')
    console.log(`| open /time with the log | ${loadMs} ms |`)
    console.log(`| update after a new entry, median | ${f(result.updateMs.median)} ms |`)
    console.log(`| update after a new entry, p95 | ${f(result.updateMs.p95)} ms |`)
    console.log(`| min – max | ${f(result.updateMs.min)} – ${f(result.updateMs.max)} ms |`)
    console.log(`| one frame at 60 Hz | ${f(FRAME_MS)} ms |`)
    console.log(`| long tasks (> 50 ms) during the additions | ${longTasks.length} |`)
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
