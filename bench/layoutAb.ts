/**
 * A/B of two versions of the layered layout, interleaved in one process so both see the
 * same load: `node --expose-gc --import tsx bench/layoutAb.ts --a=DIR --b=DIR` where each DIR
 * holds a copy of src/domain/layout (e.g. `git worktree` or `cp -r` of the old one; the
 * default B is the working tree's). For each family, size and seed it prints crossings
 * (exact: the layout is deterministic) and the median CPU and wall time of A and B, runs
 * alternating A, B, A, B …; then the totals. `--sizes=200,1000`, `--families=…`,
 * `--seeds=5`, `--runs=15`.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { loadavg } from 'node:os'
import type { LayoutInput, LayoutResult } from '../src/domain/layout'
import { families } from './graphs'
import { FAMILY_SIZES, seedOf } from './layoutGoals'
import { median, ms } from './stats'

type Layout = (
  input: LayoutInput,
  options?: { nodeGap?: number; layerGap?: number },
) => LayoutResult
type Count = (r: LayoutResult) => number

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const SIZES = arg('sizes')?.split(',').map(Number) ?? FAMILY_SIZES
const FAMILIES = arg('families')?.split(',') ?? Object.keys(families)
const SEEDS = Number(arg('seeds') ?? 5)
const RUNS = Number(arg('runs') ?? 15)
const SPACING = { nodeGap: 30, layerGap: 60 }

async function load(dir: string): Promise<{ layout: Layout; count: Count }> {
  const mod = (await import(pathToFileURL(resolve(dir, 'index.ts')).href)) as {
    layoutLayered: Layout
    countCrossings: Count
  }
  return { layout: mod.layoutLayered, count: mod.countCrossings }
}

function cpuOf(f: () => void): [number, number] {
  const c = process.cpuUsage()
  const t = performance.now()
  f()
  const wall = performance.now() - t
  const u = process.cpuUsage(c)
  return [(u.user + u.system) / 1000, wall]
}

const a = await load(arg('a') ?? 'src/domain/layout')
const b = await load(arg('b') ?? 'src/domain/layout')
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
)
const totals = { a: 0, b: 0, ca: 0, cb: 0 }
for (const n of SIZES) {
  const sum = { a: 0, b: 0 }
  for (const family of FAMILIES) {
    for (let k = 0; k < SEEDS; k++) {
      const seed = seedOf(k)(n)
      const input = families[family]!(n, seed)
      const xa = a.count(a.layout(input, SPACING))
      const xb = b.count(b.layout(input, SPACING))
      for (let i = 0; i < 3; i++) {
        a.layout(input, SPACING)
        b.layout(input, SPACING)
      }
      const ta: number[] = []
      const tb: number[] = []
      const wa: number[] = []
      const wb: number[] = []
      for (let i = 0; i < RUNS; i++) {
        const [c1, w1] = cpuOf(() => a.layout(input, SPACING))
        const [c2, w2] = cpuOf(() => b.layout(input, SPACING))
        ta.push(c1)
        tb.push(c2)
        wa.push(w1)
        wb.push(w2)
      }
      const ma = median(ta)
      const mb = median(tb)
      sum.a += ma
      sum.b += mb
      totals.ca += xa
      totals.cb += xb
      console.log(
        `${family.padEnd(8)} ${String(n).padStart(5)} ${String(seed).padStart(5)}  crossings ${String(xa).padStart(6)} → ${String(xb).padStart(6)} (${(xb / Math.max(1, xa)).toFixed(3)})  CPU ${ms(ma).padStart(6)} → ${ms(mb).padStart(6)} ms (${(mb / ma).toFixed(2)})  wall ${ms(median(wa))} → ${ms(median(wb))}`,
      )
    }
  }
  totals.a += sum.a
  totals.b += sum.b
  console.log(
    `  ${n} nodes: CPU sum ${ms(sum.a)} → ${ms(sum.b)} ms (${(sum.b / sum.a).toFixed(3)})`,
  )
}
console.log(
  `all: CPU ${ms(totals.a)} → ${ms(totals.b)} ms (${(totals.b / totals.a).toFixed(3)}), crossings ${totals.ca} → ${totals.cb}; load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
)
