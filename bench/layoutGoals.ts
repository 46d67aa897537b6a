/**
 * The layout goals of issue #18, judged on one family and seed from a run's rows — shared
 * by bench/layout.ts (console) and bench/report.ts (PERFORMANCE.md), so both apply one
 * rule, also to results files written before a change.
 */
import { ms } from './stats'

export interface LayoutRow {
  family: string
  seed: number
  engine: string
  nodes: number
  edges: number
  runs: number
  medianMs: number
  /** Median CPU time of the runs (absent in results from before it was measured). */
  cpuMedianMs?: number
  minMs: number
  maxMs: number
  crossings: number
  note?: string
}

export type Spread = { mean: number; median: number; max: number }

export interface Verdict {
  family: string
  /** The seed of the 1,000-node graph (the 200-node one is 800 less). */
  seed: number
  goal: string
  value: number
  text: string
  met: boolean
}

/** Sizes the families are run at. */
export const FAMILY_SIZES = [200, 1000]
/** Seed of the k-th graph of a family at n nodes. */
export const seedOf =
  (k: number) =>
  (n: number): number =>
    42 + n + 1000 * k

/**
 * Speed goals are met only on both clocks: wall clock (what a user waits) and CPU time.
 * On a loaded machine a library's long runs are sliced between processes while our short
 * ones mostly are not, so wall-clock ratios alone would flatter us.
 */
export function goals(
  family: string,
  seed: (n: number) => number,
  rows: LayoutRow[],
  moved?: Spread,
): Verdict[] {
  const find = (engine: string, n: number): LayoutRow | undefined =>
    rows.find(
      (r) =>
        (r.family ?? 'roadmap') === family &&
        r.seed === seed(n) &&
        r.engine === engine &&
        r.nodes === n,
    )
  const out: Verdict[] = []
  const add = (goal: string, value: number, text: string, met: boolean): void => {
    if (Number.isFinite(value)) out.push({ family, seed: seed(1000), goal, value, text, met })
  }
  const cpuOf = (r: LayoutRow): number => r.cpuMedianMs ?? NaN
  const ratio = (peers: string[], ours: LayoutRow, time: (r: LayoutRow) => number) => {
    const list = peers
      .map((e) => find(e, 1000))
      .filter((r): r is LayoutRow => r !== undefined && Number.isFinite(time(r)))
    if (list.length === 0) return { value: NaN, engine: '' }
    const fastest = list.reduce((a, b) => (time(b) < time(a) ? b : a))
    return { value: time(fastest) / time(ours), engine: fastest.engine }
  }
  const ours1000 = find('ours', 1000)
  if (ours1000) {
    const speed = (goal: string, peers: string[], least: number): void => {
      const wall = ratio(peers, ours1000, (r) => r.medianMs)
      const cpu = ratio(peers, ours1000, cpuOf)
      const text =
        `${wall.value.toFixed(1)}× ${wall.engine}` +
        (Number.isNaN(cpu.value) ? '' : ` (CPU ${cpu.value.toFixed(1)}× ${cpu.engine})`)
      const met = wall.value >= least && (Number.isNaN(cpu.value) || cpu.value >= least)
      add(goal, wall.value, text, met)
    }
    speed('1000: ≥ 40× fastest quality peer', ['dagre', 'elkjs', 'd3-dag-quality'], 40)
    speed('1000: ≥ 5× d3-dag-fast', ['d3-dag-fast'], 5)
  }
  for (const n of FAMILY_SIZES) {
    const ours = find('ours', n)
    const dagre = find('dagre', n)
    if (ours && dagre) {
      const v =
        dagre.crossings > 0 ? ours.crossings / dagre.crossings : ours.crossings > 0 ? Infinity : 0
      const text = `${v.toFixed(2)}× (${ours.crossings} / ${dagre.crossings})`
      add(`${n}: crossings ≤ 0.85× dagre`, v, text, v <= 0.85)
    }
  }
  const ours200 = find('ours', 200)
  if (ours200) {
    const cpu = cpuOf(ours200)
    const text = `${ms(ours200.medianMs)} ms${Number.isNaN(cpu) ? '' : ` (CPU ${ms(cpu)})`}`
    add('200: ≤ 5 ms', ours200.medianMs, text, ours200.medianMs <= 5 && !(cpu > 5))
  }
  if (moved) {
    const v = 100 * moved.mean
    add('200: ≤ 5 % moved (one milestone added)', v, `${v.toFixed(1)} %`, v <= 5)
  }
  return out
}
