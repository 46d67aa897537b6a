/**
 * The app's side of `bench:render` for two builds, interleaved (A, B, A, B…), each seeded as it
 * stores its data: first render, heap, pan, zoom and drag at one size, with the per-round
 * differences. A=<dir> B=<dir> (built apps), SEED_A / SEED_B (stored | legacy: a build before
 * stored version 5 reads only the schema 4 object), SIZE (1000), RUNS (6).
 *
 *   A=/tmp/old/dist SEED_A=legacy B=dist RUNS=8 SIZE=200 npx tsx bench/render/ab.ts
 */
import { loadavg } from 'node:os'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_EXECUTABLE } from '../../tests/e2e/chromium'
import { median } from '../browser'
import { serveStatic } from '../serve'
import { generateBenchRoadmap } from './generate'
import { FLAGS, runOurs, seedEnvelope, type Run, type Seed } from './run'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const SIZE = Number(process.env.SIZE ?? 1000)
const RUNS = Number(process.env.RUNS ?? 6)
const seedOf = (x: string | undefined): Seed => (x === 'legacy' ? 'legacy' : 'stored')
const builds = (['A', 'B'] as const).map((name) => ({
  name,
  dir: resolve(ROOT, process.env[name] ?? 'dist'),
  seed: seedOf(process.env[`SEED_${name}`]),
}))

const METRICS = {
  firstRenderMs: (r: Run) => r.firstRenderMs,
  heapMB: (r: Run) => r.heapMB,
  heapAllMB: (r: Run) => r.heapAllMB,
  pan: (r: Run) => r.pan.median,
  zoom: (r: Run) => r.zoom.median,
  drag: (r: Run) => r.drag.median,
}

const roadmap = generateBenchRoadmap(SIZE)
const loadBefore = loadavg()
const served = await Promise.all(builds.map((b) => serveStatic({ '': b.dir })))
const envelopes = await Promise.all(builds.map((b) => seedEnvelope(roadmap, b.seed)))
const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: FLAGS })
const runs: Run[][] = [[], []]
try {
  for (let i = 0; i < RUNS; i++)
    // Alternating which goes first, so neither always meets the warmer machine.
    for (const k of i % 2 ? [1, 0] : [0, 1]) {
      const { run } = await runOurs(browser, served[k]!.base, roadmap, envelopes[k])
      runs[k]!.push(run)
      process.stderr.write(`  round ${i + 1}/${RUNS} ${builds[k]!.name} done\n`)
    }
} finally {
  await browser.close()
  for (const s of served) s.server.close()
}
const f = (x: number) => x.toFixed(x >= 100 ? 0 : 2)
console.log(
  `${SIZE} milestones, ${RUNS} rounds; A = ${builds[0]!.dir} (${builds[0]!.seed}), B = ${builds[1]!.dir} (${builds[1]!.seed}); load average ${loadBefore.map((x) => x.toFixed(1)).join(' / ')} → ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')}`,
)
for (const [name, get] of Object.entries(METRICS)) {
  const a = runs[0]!.map(get)
  const b = runs[1]!.map(get)
  const diffs = a.map((x, i) => b[i]! - x)
  console.log(
    `${name.padEnd(13)} A ${f(median(a)).padStart(7)} [${a.map(f).join(' ')}]  B ${f(median(b)).padStart(7)} [${b.map(f).join(' ')}]  B−A median ${f(median(diffs))}, B<A in ${diffs.filter((d) => d < 0).length}/${diffs.length}`,
  )
}
