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
interface LayoutResults {
  date: string
  loadBefore: number[]
  loadAfter: number[]
  rows: {
    engine: string
    nodes: number
    edges: number
    medianMs: number
    minMs: number
    maxMs: number
    crossings: number
  }[]
}
interface RenderResults {
  date: string
  chromium: string
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

function layoutTable(r: LayoutResults): string {
  const rows = r.rows.filter(
    (x) => x.engine === 'ours' || x.engine === 'elkjs' || x.engine === 'dagre',
  )
  return [
    `${r.date.slice(0, 10)}, load average ${r.loadBefore.map(f1).join(' / ')} before, ${r.loadAfter.map(f1).join(' / ')} after. Median ms [min–max]; crossings.`,
    '',
    '| engine | nodes | edges | median ms | min–max | crossings |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map(
      (x) =>
        `| ${x.engine} | ${x.nodes} | ${x.edges} | ${f1(x.medianMs)} | ${f1(x.minMs)}–${f1(x.maxMs)} | ${x.crossings} |`,
    ),
  ].join('\n')
}

function renderTable(r: RenderResults): string {
  const metrics = ['firstRenderMs', 'heapMB', 'pan', 'zoom', 'drag'] as const
  const lines = [
    `${r.date.slice(0, 10)}, Chromium ${r.chromium}; median [min–max] of the runs; ratio = ours ÷ Vue Flow.`,
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
  const layout = readJson<LayoutResults>('layout')
  if (layout) await writeSection('layout', layoutTable(layout))
  const render = readJson<RenderResults>('render')
  if (render) await writeSection('render', renderTable(render))
  const time = readJson<TimeResults>('time')
  if (time) await writeSection('time', timeTable(time))
  console.log(`docs/PERFORMANCE.md updated (load average now ${loadavg().map(f1).join(' / ')})`)
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
