/**
 * `npm run plan:report`: what the template plans for every questionnaire answer — the planned
 * AI/ML share of estimated hours per goal (min–max over the other answers), total hours, and
 * the mentor's chain for the default answers. Read from data/ with the app's own code.
 */
import adviceRaw from '../data/advice.json'
import templateRaw from '../data/roadmap-template.json'
import { validateContent } from '../src/domain/content'
import { everyAnswerCombination, generateRoadmap, MENTOR_ANSWERS } from '../src/domain/generate'
import { findPath } from '../src/domain/graph'
import { plannedMlShare, progressOf } from '../src/domain/progress'
import { GOALS, type Answers } from '../src/domain/schema'

const content = validateContent(adviceRaw, templateRaw)
if (!content.ok) throw new Error(content.problems.join('\n'))
const { template } = content.value
const opts = { id: 'report', name: 'report', now: new Date(0) }
const pct = (x: number) => `${(x * 100).toFixed(1)}%`

console.log(`template v${template.templateVersion}: ${template.milestones.length} milestones\n`)
console.log('| goal | plans | ML share min | ML share max | hours min–max | min at |')
console.log('| --- | --- | --- | --- | --- | --- |')
for (const goal of GOALS) {
  const rows: { share: number; hours: number; answers: Answers }[] = []
  for (const answers of everyAnswerCombination()) {
    if (answers.goal !== goal) continue
    const r = generateRoadmap(template, answers, opts)
    rows.push({ share: plannedMlShare(r)!, hours: progressOf(r.milestones).totalHours, answers })
  }
  rows.sort((a, b) => a.share - b.share)
  const hours = rows.map((r) => r.hours)
  const low = rows[0]!
  const at = `${low.answers.backend}, ${low.answers.frontend}, ${low.answers.demo}, ${low.answers.grad}`
  console.log(
    `| ${goal} | ${rows.length} | ${pct(low.share)} | ${pct(rows.at(-1)!.share)} | ${Math.min(...hours)}–${Math.max(...hours)} h | ${at} |`,
  )
}

const r = generateRoadmap(template, MENTOR_ANSWERS, opts)
const title = new Map(r.milestones.map((m) => [m.id, m.title.en]))
console.log(`\nThe mentor's chain for the default answers (${JSON.stringify(MENTOR_ANSWERS)}):`)
for (const [from, to] of [
  ['train-classifier', 'quick-demo'],
  ['read-papers', 'open-source-release'],
  ['read-papers', 'reproduction-demo'],
  ['reproduce-second-paper', 'open-source-second'],
  ['read-papers', 'publish-service'],
] as const) {
  const path = findPath(r.edges, from, to)
  console.log(
    `- ${path ? path.map((id) => `${id} (${title.get(id)})`).join(' → ') : `no path ${from} → ${to}`}`,
  )
}
