/**
 * Proposing a week on a 1,000-milestone roadmap with 3 years of logged time: the pure domain
 * function the plan view calls on every change of pins, hours or swaps, against one 60 Hz
 * frame (16.7 ms). Runs in Node (V8, as in Chromium), after a warm-up.
 *
 *   npm run bench:week
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { loggedByMilestone } from '../src/domain/allocation'
import { MENTOR_ML_BAND } from '../src/domain/progress'
import { proposeWeek } from '../src/domain/weekPlan'
import { median, percentile } from './browser'
import { writeSection } from './report'
import { bigData } from './storage'

const RUNS = Number(process.env.RUNS ?? 200)
const FRAME_MS = 1000 / 60

async function main() {
  const { roadmap, entries } = bigData()
  const logged = loggedByMilestone(entries)
  const input = { roadmap, budget: 15 * 60, band: MENTOR_ML_BAND, logged }
  for (let i = 0; i < 20; i++) proposeWeek(input)
  const times: number[] = []
  let items = 0
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now()
    const p = proposeWeek(input)
    times.push(performance.now() - t0)
    items = p.items.length
  }
  const result = {
    date: new Date().toISOString(),
    milestones: roadmap.milestones.length,
    edges: roadmap.edges.length,
    entries: entries.length,
    runs: RUNS,
    items,
    medianMs: median(times),
    p95Ms: percentile(times, 95),
    maxMs: Math.max(...times),
  }
  mkdirSync('bench/results', { recursive: true })
  writeFileSync('bench/results/week.json', JSON.stringify(result, null, 2) + '\n')
  const f = (x: number) => x.toFixed(2)
  console.log(
    `proposeWeek: ${result.milestones} milestones, ${result.edges} edges, ${result.entries} entries → ` +
      `median ${f(result.medianMs)} ms, p95 ${f(result.p95Ms)} ms, max ${f(result.maxMs)} ms ` +
      `(${RUNS} runs; one frame is ${f(FRAME_MS)} ms)`,
  )
  await writeSection(
    'week',
    [
      `Proposing a week (\`domain/weekPlan.proposeWeek\`) for ${result.milestones} milestones, ` +
        `${result.edges} prerequisites and ${result.entries} time entries (3 years), ${RUNS} runs ` +
        `in Node after a warm-up (\`npm run bench:week\`, ${result.date.slice(0, 10)}):`,
      '',
      '| median | p95 | max | budget |',
      '| --- | --- | --- | --- |',
      `| ${f(result.medianMs)} ms | ${f(result.p95Ms)} ms | ${f(result.maxMs)} ms | ${f(FRAME_MS)} ms (one frame) |`,
    ].join('\n'),
  )
}

await main()
