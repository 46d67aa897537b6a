/**
 * Generated parts of docs/PERFORMANCE.md. Each bench writes its table between
 * `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->`, so a rerun replaces it and the
 * prose around it stays. A section without markers yet is added at the end of the file.
 *
 *   tsx bench/report.ts   rewrites the size, layout, render and time tables from
 *                         bench/results/*.json (the last step of `npm run bench`)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { goals, seedOf, type LayoutRow, type Spread as Moved } from './layoutGoals'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DOC = join(ROOT, 'docs/PERFORMANCE.md')

/** Replaces (or appends) the generated section `name` of docs/PERFORMANCE.md. */
export function replaceSection(doc: string, name: string, markdown: string): string {
  const start = `<!-- bench:${name}:start -->`
  const end = `<!-- bench:${name}:end -->`
  const block = `${start}\n\n${markdown.trim()}\n\n${end}`
  const i = doc.indexOf(start)
  const j = doc.indexOf(end)
  if (i >= 0 && j > i) return doc.slice(0, i) + block + doc.slice(j + end.length)
  return `${doc.trimEnd()}\n\n## Generated: ${name}\n\n${block}\n`
}

/** Writes the section, formatted as `npm run format` would (CI checks the formatting). */
export async function writeSection(name: string, markdown: string, path = DOC): Promise<void> {
  const doc = replaceSection(readFileSync(path, 'utf8'), name, markdown)
  const options = (await prettier.resolveConfig(path)) ?? {}
  writeFileSync(path, await prettier.format(doc, { ...options, filepath: path }))
}

function readJson<T>(name: string): T | null {
  const p = join(ROOT, 'bench/results', `${name}.json`)
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as T) : null
}

// The parts of each bench's results file that the tables use.
type Spread = { median: number; min: number; max: number }
export interface LayoutResults {
  date: string
  loadBefore: number[]
  loadAfter: number[]
  rows: LayoutRow[]
  families?: string[]
  seeds?: number
  stability?: { family: string; seed: number; moved: Record<string, Moved> }[]
}
interface RenderResults {
  date: string
  chromium: string
  seed?: 'stored' | 'legacy'
  loadAverage?: { before: number[]; after: number[] }
  results: ({ milestones: number } & Partial<
    Record<string, { ours: Spread; vueFlow: Spread; ratio: number; target?: number }>
  >)[]
}
interface TimeResults {
  date: string
  entries: number
  tracks: number
  adds: number
  loadMs: number
  updateMs: { median: number; p95: number }
  frameBudgetMs: number
  longTasksOver50ms: number
}

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : '—')

const PEERS = ['dagre', 'elkjs', 'd3-dag-quality', 'd3-dag-fast']

/**
 * Per family and seed: ours against each peer at 1,000 nodes (time ratio, wall clock),
 * crossings ÷ dagre's at 1,000 and 200 nodes, ours at 200 nodes (wall clock, CPU) and the
 * share of other cards moved when one milestone is added; then how many family/seeds meet
 * each goal.
 */
export function layoutFamilyTable(r: LayoutResults): string {
  const rows = r.rows
  const find = (family: string, seed: number, engine: string, n: number) =>
    rows.find(
      (x) =>
        (x.family ?? 'roadmap') === family &&
        x.seed === seed &&
        x.engine === engine &&
        x.nodes === n,
    )
  const ratio = (a?: LayoutRow, b?: LayoutRow) => {
    if (!a || !b) return '—'
    const cpu =
      a.cpuMedianMs && b.cpuMedianMs ? ` (${(a.cpuMedianMs / b.cpuMedianMs).toFixed(0)})` : ''
    return `${(a.medianMs / b.medianMs).toFixed(0)}×${cpu}`
  }
  const cross = (a?: LayoutRow, b?: LayoutRow) =>
    a && b ? (a.crossings / b.crossings).toFixed(2) : '—'
  const lines = [
    '| family | seed (1,000 / 200) | ' +
      PEERS.map((p) => `${p} ÷ ours, 1,000 (CPU)`).join(' | ') +
      ' | crossings ÷ dagre, 1,000 | crossings ÷ dagre, 200 | ours 200 ms (CPU) | moved, 200 |',
    `| ${Array.from({ length: 2 + PEERS.length + 4 }, () => '---').join(' | ')} |`,
  ]
  const verdicts = []
  for (const family of r.families ?? ['roadmap'])
    for (let k = 0; k < (r.seeds ?? 1); k++) {
      const seed = seedOf(k)
      const ours = find(family, seed(1000), 'ours', 1000)
      const ours200 = find(family, seed(200), 'ours', 200)
      const moved = r.stability?.find((x) => x.family === family && x.seed === seed(200))?.moved
        .ours
      verdicts.push(...goals(family, seed, rows, moved))
      const cpu200 =
        ours200?.cpuMedianMs === undefined ? '' : ` (${ours200.cpuMedianMs.toFixed(2)})`
      lines.push(
        `| ${family} | ${seed(1000)} / ${seed(200)} | ` +
          PEERS.map((p) => ratio(find(family, seed(1000), p, 1000), ours)).join(' | ') +
          ` | ${cross(ours, find(family, seed(1000), 'dagre', 1000))} | ${cross(ours200, find(family, seed(200), 'dagre', 200))} | ${ours200 ? `${ours200.medianMs.toFixed(2)}${cpu200}` : '—'} | ${moved ? `${(100 * moved.mean).toFixed(1)} %` : '—'} |`,
      )
    }
  const names = [...new Set(verdicts.map((v) => v.goal))]
  if (names.length > 0) {
    lines.push(
      '',
      '| goal | met on | missed (family, seed at 1,000 nodes: measured) |',
      '| --- | --- | --- |',
    )
    for (const g of names) {
      const list = verdicts.filter((v) => v.goal === g)
      const missed = list.filter((v) => !v.met).map((v) => `${v.family} ${v.seed}: ${v.text}`)
      lines.push(
        `| ${g} | ${list.length - missed.length} of ${list.length} | ${missed.join('; ') || '—'} |`,
      )
    }
  }
  return lines.join('\n')
}

/**
 * How many runs each figure is, per engine and size over all graphs of the run (after a
 * warm-up; "first" = a single run that was also the first, too long to repeat).
 */
function runsLine(rows: LayoutRow[]): string {
  const groups = new Map<string, LayoutRow[]>()
  for (const x of rows) {
    const k = `${x.engine} ${x.nodes}`
    groups.set(k, [...(groups.get(k) ?? []), x])
  }
  const parts = [...groups].map(([k, list]) => {
    const runs = list.map((x) => x.runs)
    const lo = Math.min(...runs)
    const hi = Math.max(...runs)
    const first = list.filter((x) => x.note?.startsWith('one run')).length
    const what = lo === hi ? String(lo) : `${lo}–${hi}`
    return `${k}: ${what}${first ? ` (${first === list.length ? 'each' : `${first} of ${list.length}`} its first run)` : ''}`
  })
  return `Runs per figure (engine nodes: runs over the graphs of that size; measured after a warm-up run unless "its first run"): ${parts.join('; ')}.`
}

function layoutTable(r: LayoutResults): string {
  const rows = r.rows.filter(
    (x) =>
      (x.family ?? 'roadmap') === 'roadmap' &&
      (x.seed === undefined || x.seed === 42 + x.nodes) &&
      (x.engine === 'ours' || x.engine === 'elkjs' || x.engine === 'dagre'),
  )
  return [
    `${r.date.slice(0, 10)}, load average ${r.loadBefore.map(f1).join(' / ')} before, ${r.loadAfter.map(f1).join(' / ')} after. Median ms [min–max]; crossings.`,
    '',
    'Sizes (roadmap family, seed 42 + n):',
    '',
    '| engine | nodes | edges | median ms | min–max | runs | crossings |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (x) =>
        `| ${x.engine} | ${x.nodes} | ${x.edges} | ${f1(x.medianMs)} | ${f1(x.minMs)}–${f1(x.maxMs)} | ${x.runs} | ${x.crossings} |`,
    ),
    '',
    runsLine(r.rows),
    ...(r.families
      ? [
          '',
          `Families (${r.families.join(', ')}), ${r.seeds} seeds each: time ratios are medians of wall clock from this run; moved = mean share of the other cards that changed layer or order when one milestone is added (20 trials, with the previous layout).`,
          '',
          layoutFamilyTable(r),
        ]
      : []),
  ].join('\n')
}

function renderTable(r: RenderResults): string {
  const metrics = ['firstRenderMs', 'heapMB', 'pan', 'zoom', 'drag'] as const
  const lines = [
    `${r.date.slice(0, 10)}, Chromium ${r.chromium}; median [min–max] of the runs; ratio = ours ÷ Vue Flow.${r.seed ? ` The app seeded ${r.seed === 'legacy' ? "with the previous version's copy (schema 4 object)" : 'as this version stores it'}.` : ''}${r.loadAverage ? ` Load average before / after: ${r.loadAverage.before.map(f1).join(' / ')} → ${r.loadAverage.after.map(f1).join(' / ')}.` : ''}`,
    '',
    '| milestones | metric | ours | Vue Flow | ratio | target |',
    '| --- | --- | --- | --- | --- | --- |',
  ]
  for (const row of r.results) {
    for (const m of metrics) {
      const x = row[m]
      if (!x || typeof x !== 'object') continue
      const s = (v: Spread) => `${f1(v.median)} [${f1(v.min)}–${f1(v.max)}]`
      lines.push(
        `| ${row.milestones} | ${m} | ${s(x.ours)} | ${s(x.vueFlow)} | ${x.ratio.toFixed(2)} | ${x.target ?? '—'} |`,
      )
    }
  }
  return lines.join('\n')
}

function timeTable(r: TimeResults): string {
  return [
    `${r.date.slice(0, 10)}, ${r.entries} entries on ${r.tracks} tracks, ${r.adds} additions.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| open /time with the log | ${r.loadMs} ms |`,
    `| update after a new entry, median / p95 | ${f1(r.updateMs.median)} / ${f1(r.updateMs.p95)} ms |`,
    `| one frame at 60 Hz | ${f1(r.frameBudgetMs)} ms |`,
    `| long tasks (> 50 ms) during the additions | ${r.longTasksOver50ms} |`,
  ].join('\n')
}

async function main() {
  const table = process.argv.find((a) => a.startsWith('--layout-table='))
  if (table) {
    // Prints the families table of any layout results file (e.g. a run kept from before a change).
    console.log(
      layoutFamilyTable(JSON.parse(readFileSync(table.slice(15), 'utf8')) as LayoutResults),
    )
    return
  }
  const layout = readJson<LayoutResults>('layout')
  if (layout) await writeSection('layout', layoutTable(layout))
  const render = readJson<RenderResults>('render')
  if (render) await writeSection('render', renderTable(render))
  const time = readJson<TimeResults>('time')
  if (time) await writeSection('time', timeTable(time))
  console.log(`docs/PERFORMANCE.md updated (load average now ${loadavg().map(f1).join(' / ')})`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
