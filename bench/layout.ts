/**
 * Layout benchmark: our layered layout against d3-dag (two presets), dagre and elkjs on
 * the same seeded roadmap-shaped graphs. Prints a table and writes
 * bench/results/layout.json. Run with `npm run bench:layout` (add `-- --quick` for 100–500
 * nodes only).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { countCrossings, layoutLayered, type LayoutInput } from '../src/domain/layout'
import { dagreEngine, engines, withLayers, type Engine, type Spacing } from './adapters'
import { prng, roadmap } from './graphs'
import { markdown, mean, median, ms, pad } from './stats'

const arg = (name: string): string | undefined =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3)
const quick = process.argv.includes('--quick')
const SIZES =
  arg('sizes')?.split(',').map(Number) ?? (quick ? [100, 200, 500] : [100, 200, 500, 1000, 2000])
const ENGINES = arg('engines')?.split(',')
const STABILITY = !process.argv.includes('--no-stability')
const SPACING: Spacing = { nodeGap: 30, layerGap: 60 }
/** Runs per measurement; engines whose warm-up took longer than SLOW_MS get SLOW_RUNS. */
const RUNS = 7
const OUR_RUNS = 21
const SLOW_MS = 5000
const SLOW_RUNS = 3
const WARM_MS = 1000

interface Row {
  engine: string
  nodes: number
  edges: number
  runs: number
  medianMs: number
  minMs: number
  maxMs: number
  crossings: number
  note?: string
}

/**
 * With `node --expose-gc`, each engine starts its warm-up on a collected heap, so it does
 * not pay for the previous engine's garbage. (Collecting before every run would shrink the
 * heap each time and make every run pay for growing it again.)
 */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined)

async function time(engine: Engine, input: LayoutInput): Promise<[number, () => unknown]> {
  const start = performance.now()
  const pending = engine.run(input, SPACING)
  const convert = pending instanceof Promise ? await pending : pending
  return [performance.now() - start, convert]
}

async function measure(engine: Engine, input: LayoutInput): Promise<Row> {
  const isOurs = engine.name.startsWith('ours')
  collect()
  // Warm-up, the same rule for every engine: at least one run, then more until 20 runs or
  // one second, so the JIT has compiled the hot code and the heap has grown to size.
  let warm = 0
  let spent = 0
  for (let i = 0; i < 20 && (i === 0 || spent < WARM_MS); i++) {
    ;[warm] = await time(engine, input)
    spent += warm
  }
  const slow = warm > SLOW_MS
  const runs = isOurs ? OUR_RUNS : slow ? SLOW_RUNS : RUNS
  const times: number[] = []
  let convert: () => unknown = () => undefined
  for (let i = 0; i < runs; i++) {
    const [t, c] = await time(engine, input)
    times.push(t)
    convert = c
  }
  const result = convert() as Parameters<typeof countCrossings>[0]
  return {
    engine: engine.name,
    nodes: input.nodes.length,
    edges: input.edges.length,
    runs,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
    crossings: countCrossings(result),
    note: slow ? `warm-up took ${ms(warm)} ms, so ${SLOW_RUNS} runs` : undefined,
  }
}

/** Share of old nodes whose layer or rank among old nodes of their layer changed. */
function changed(
  before: { id: string; layer: number; order: number }[],
  after: { id: string; layer: number; order: number }[],
): number {
  const old = new Set(before.map((n) => n.id))
  const key = (nodes: typeof before): Map<string, string> => {
    const layers = new Map<number, typeof before>()
    for (const n of nodes)
      if (old.has(n.id)) layers.set(n.layer, [...(layers.get(n.layer) ?? []), n])
    const out = new Map<string, string>()
    for (const [l, list] of layers)
      list.sort((a, b) => a.order - b.order).forEach((n, i) => out.set(n.id, `${l}:${i}`))
    return out
  }
  const a = key(before)
  const b = key(after)
  let count = 0
  for (const id of old) if (a.get(id) !== b.get(id)) count++
  return count / old.size
}

/**
 * Stability: add one milestone (depending on a random node, and half the time also a
 * prerequisite of a random deeper one) to a 200-node roadmap, 20 times; count how many of
 * the other nodes changed layer or order. Layer and order are read off the drawing the
 * same way for every engine (distinct centre y, then x).
 */
async function stability(): Promise<Record<string, { mean: number; median: number; max: number }>> {
  const base = roadmap(200, 200 + 42)
  const first = withLayers(layoutLayered(base, SPACING))
  const dagreFirst = withLayers((dagreEngine.run(base, SPACING) as () => never)())
  const rand = prng(2024)
  const shares: Record<string, number[]> = { ours: [], 'ours-from-scratch': [], dagre: [] }
  for (let t = 0; t < 20; t++) {
    const parent = first.nodes[Math.floor(rand() * first.nodes.length)]!
    const edges = [...base.edges, { source: parent.id, target: 'new' }]
    if (rand() < 0.5) {
      const deeper = first.nodes.filter((n) => n.layer > parent.layer)
      if (deeper.length > 0)
        edges.push({ source: 'new', target: deeper[Math.floor(rand() * deeper.length)]!.id })
    }
    const next: LayoutInput = {
      nodes: [...base.nodes, { id: 'new', width: 150, height: 40 }],
      edges,
    }
    const ours = withLayers(layoutLayered(next, { ...SPACING, previous: first }))
    const scratch = withLayers(layoutLayered(next, SPACING))
    const dagre = withLayers((dagreEngine.run(next, SPACING) as () => never)())
    shares.ours!.push(changed(first.nodes, ours.nodes))
    shares['ours-from-scratch']!.push(changed(first.nodes, scratch.nodes))
    shares.dagre!.push(changed(dagreFirst.nodes, dagre.nodes))
  }
  return Object.fromEntries(
    Object.entries(shares).map(([k, v]) => [
      k,
      { mean: mean(v), median: median(v), max: Math.max(...v) },
    ]),
  )
}

async function main(): Promise<void> {
  const load = loadavg()
  console.log(
    `Layout benchmark — node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${load.map((l) => l.toFixed(2)).join(' ')}`,
  )
  const rows: Row[] = []
  for (const n of SIZES) {
    const input = roadmap(n, 42 + n)
    for (const engine of engines.filter((e) => !ENGINES || ENGINES.includes(e.name))) {
      const row = await measure(engine, input)
      rows.push(row)
      console.log(
        `  ${String(n).padStart(5)}  ${row.engine.padEnd(15)} ${ms(row.medianMs).padStart(8)} ms  (${ms(row.minMs)}–${ms(row.maxMs)}, ${row.runs} runs)  ${row.crossings} crossings${row.note ? `  [${row.note}]` : ''}`,
      )
    }
  }

  const find = (engine: string, n: number): Row | undefined =>
    rows.find((r) => r.engine === engine && r.nodes === n)
  const table: string[][] = [
    [
      'nodes',
      'engine',
      'median ms',
      'min–max ms',
      'runs',
      'crossings',
      '× ours time',
      'crossings / dagre',
    ],
  ]
  for (const n of SIZES) {
    const ours = find('ours', n)
    const dagre = find('dagre', n)
    for (const r of rows.filter((x) => x.nodes === n)) {
      table.push([
        String(n),
        r.engine,
        ms(r.medianMs),
        `${ms(r.minMs)}–${ms(r.maxMs)}`,
        String(r.runs),
        String(r.crossings),
        ours ? `${(r.medianMs / ours.medianMs).toFixed(1)}×` : '—',
        dagre ? (r.crossings / dagre.crossings).toFixed(2) : '—',
      ])
    }
  }
  const widths = table[0]!.map((_, i) => Math.max(...table.map((r) => r[i]!.length)))
  console.log()
  for (const r of table) console.log(pad(r, widths))

  const targets: { target: string; measured: string; met: boolean }[] = []
  const check = (target: string, value: number, unit: string, met: (v: number) => boolean) => {
    if (Number.isFinite(value))
      targets.push({
        target,
        measured: `${value.toFixed(unit === '×' && value < 10 ? 2 : 1)}${unit === 'ms' ? ' ms' : unit}`,
        met: met(value),
      })
  }
  const speedup = (n: number, names: string[]): number => {
    const ours = find('ours', n)
    const others = names.map((e) => find(e, n)?.medianMs ?? Infinity)
    return ours ? Math.min(...others) / ours.medianMs : NaN
  }
  const slowOnes = ['dagre', 'elkjs', 'd3-dag-quality']
  check(
    '1000: ≥ 40× faster than fastest of dagre/elkjs/d3-dag-quality',
    speedup(1000, slowOnes),
    '×',
    (v) => v >= 40,
  )
  check('1000: ≥ 5× faster than d3-dag-fast', speedup(1000, ['d3-dag-fast']), '×', (v) => v >= 5)
  const c1000 = (find('ours', 1000)?.crossings ?? NaN) / (find('dagre', 1000)?.crossings ?? NaN)
  check('1000: crossings ≤ 0.85× dagre', c1000, '×', (v) => v <= 0.85)
  check('200: ≤ 5 ms', find('ours', 200)?.medianMs ?? NaN, 'ms', (v) => v <= 5)
  check(
    '2000: ≥ 30× faster than fastest of dagre/elkjs/d3-dag-quality',
    speedup(2000, slowOnes),
    '×',
    (v) => v >= 30,
  )

  let stable: Awaited<ReturnType<typeof stability>> | undefined
  if (STABILITY) {
    console.log(
      '\nStability (200 nodes, one milestone added, 20 trials; share of other nodes moved):',
    )
    stable = await stability()
    for (const [k, v] of Object.entries(stable))
      console.log(
        `  ${k.padEnd(18)} mean ${(100 * v.mean).toFixed(1)} %  median ${(100 * v.median).toFixed(1)} %  max ${(100 * v.max).toFixed(1)} %`,
      )
    check(
      'stability: ≤ 5 % of other nodes moved on average (with previous)',
      100 * stable.ours!.mean,
      ' %',
      (v) => v <= 5,
    )
  }

  console.log('\nTargets:')
  for (const t of targets)
    console.log(`  ${t.met ? 'met    ' : 'MISSED '} ${t.target}: ${t.measured}`)

  if (arg('sizes') || ENGINES || !STABILITY || quick) {
    console.log('\nPartial run: bench/results/layout.json left as it was.')
    return
  }
  mkdirSync(new URL('./results/', import.meta.url), { recursive: true })
  const out = {
    date: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    loadBefore: load,
    loadAfter: loadavg(),
    spacing: SPACING,
    rows,
    markdown: markdown(table),
    stability: stable,
    targets,
  }
  writeFileSync(
    new URL('./results/layout.json', import.meta.url),
    `${JSON.stringify(out, null, 2)}\n`,
  )
  console.log('\nWrote bench/results/layout.json')
}

await main()
