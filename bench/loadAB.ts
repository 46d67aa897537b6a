/**
 * A/B of two builds of the app on the load bench's first views (`tsx bench/loadAB.ts DIR_A
 * DIR_B`, e.g. main's build against a branch's): each build served on its own origin (so each
 * has its own IndexedDB), loads interleaved A, B, floor, … in fresh contexts as
 * `npm run bench:load` does, medians of ready and TTI per build and scenario, and each build's
 * TTI over the floor's in the same run. RUNS (default 10) loads of each; SCENARIOS
 * (default "returning,new"). On a shared machine only the ratios of one run compare.
 */
import { loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser } from '@playwright/test'
import { launchChromium, measureLoad, median, seedStorage, type Load } from './browser'
import { LOAD_CONTEXT, READY, SEED_VISIT, storedSeed, type Scenario } from './load'
import { serveStatic } from './serve'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const RUNS = Number(process.env.RUNS ?? 10)
const SCENARIOS = (process.env.SCENARIOS ?? 'returning,new').split(',') as Scenario[]
const QUIET_MS = 500
const dirs = process.argv.slice(2).map((d) => resolve(d))
if (dirs.length < 2) throw new Error('usage: tsx bench/loadAB.ts DIR_A DIR_B [DIR_C…]')

async function once(browser: Browser, base: string, scenario: Scenario, envelope: unknown) {
  const context = await browser.newContext(LOAD_CONTEXT)
  try {
    if (scenario === 'returning' || scenario === 'floor')
      await seedStorage(context, base, envelope, SEED_VISIT)
    const url = scenario === 'floor' ? `${base}/floor/` : `${base}/`
    return await measureLoad(context, url, READY[scenario], QUIET_MS)
  } finally {
    await context.close()
  }
}

async function main() {
  const { envelope } = await storedSeed()
  const floorDir = join(ROOT, 'bench/load/dist/floor')
  const servers = await Promise.all(dirs.map((dir) => serveStatic({ '': dir, '/floor': floorDir })))
  const browser = await launchChromium()
  const before = loadavg()
  const loads = new Map<string, Load[]>()
  const add = (key: string, l: Load) => loads.set(key, [...(loads.get(key) ?? []), l])
  try {
    const jobs: [string, string, Scenario][] = [['floor', servers[0]!.base, 'floor']]
    for (const scenario of SCENARIOS)
      servers.forEach((s, i) => jobs.push([`${'ABCDEFG'[i]} ${scenario}`, s.base, scenario]))
    for (const [, base, scenario] of jobs) await once(browser, base, scenario, envelope)
    for (let r = 0; r < RUNS; r++)
      for (let j = 0; j < jobs.length; j++) {
        const [key, base, scenario] = jobs[(r + j) % jobs.length]!
        add(key, await once(browser, base, scenario, envelope))
      }
  } finally {
    await browser.close()
    await Promise.all(servers.map((s) => s.close()))
  }
  const floor = median(loads.get('floor')!.map((l) => l.ttiMs))
  console.log(
    `${RUNS} loads each; load average ${before.map((x) => x.toFixed(2)).join(' ')} → ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  )
  dirs.forEach((d, i) => console.log(`${'ABCDEFG'[i]}: ${d}`))
  // Loads of the same round ran next to each other: their differences shrug off the machine's
  // slower and faster minutes better than the medians do.
  for (const scenario of SCENARIOS) {
    const a = loads.get(`A ${scenario}`)!
    dirs.slice(1).forEach((_, i) => {
      const key = `${'ABCDEFG'[i + 1]} ${scenario}`
      const diffs = loads.get(key)!.map((l, r) => l.ttiMs - a[r]!.ttiMs)
      console.log(
        `${key} − A: TTI ${median(diffs).toFixed(0)} ms (median of ${diffs.length} paired rounds)`,
      )
    })
  }
  for (const [key, ls] of loads) {
    const tti = median(ls.map((l) => l.ttiMs))
    console.log(
      `${key.padEnd(14)} ready ${median(ls.map((l) => l.readyMs))
        .toFixed(0)
        .padStart(
          5,
        )}  TTI ${tti.toFixed(0).padStart(5)}  ÷ floor ${(tti / floor).toFixed(2)}  long tasks ${median(ls.map((l) => l.longTasks))}  [${ls.map((l) => l.ttiMs.toFixed(0)).join(' ')}]`,
    )
  }
}

await main()
