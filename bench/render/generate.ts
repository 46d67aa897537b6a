/**
 * Generated roadmaps for the render benchmark: deterministic, valid for the app's schema,
 * shaped like a real roadmap (levels, 1–2 prerequisites from the levels just before).
 */
import { layoutRoadmap } from '../../src/domain/graphLayout'
import type { Edge, Milestone, Roadmap, Track } from '../../src/domain/schema'
import { MENTOR_ANSWERS } from '../../src/domain/generate'
import { prng } from '../graphs'

const TRACKS: Track[] = [
  ['ml', 'ml', '#1d4ed8'],
  ['papers', 'ml', '#6d28d9'],
  ['product', 'ml', '#047857'],
  ['web', 'other', '#be123c'],
  ['infra', 'other', '#475569'],
  ['career', 'other', '#4d7c0f'],
].map(([id, kind, color]) => ({
  id: id!,
  kind: kind as 'ml' | 'other',
  title: { ko: `트랙 ${id}`, en: `Track ${id}` },
  color: color!,
}))

const WORDS = [
  'Read',
  'Build',
  'Train',
  'Deploy',
  'Review',
  'Reproduce',
  'Write',
  'Learn',
  'Ship',
  'Study',
]
const THINGS = [
  'a paper',
  'the model',
  'a demo page',
  'the pipeline',
  'a blog post',
  'CS231n',
  'Docker',
  'an API',
  'the dataset',
  'a benchmark',
]

export function generateBenchRoadmap(count: number, seed = 7): Roadmap {
  const rand = prng(seed + count)
  const perLevel = Math.max(4, Math.round(Math.sqrt(count) * 1.3))
  const statuses = ['todo', 'todo', 'todo', 'in-progress', 'done', 'done', 'skipped'] as const
  const milestones: Milestone[] = []
  const edges: Edge[] = []
  for (let i = 0; i < count; i++) {
    const id = `m-${String(i).padStart(5, '0')}`
    const title = `${WORDS[i % WORDS.length]} ${THINGS[Math.floor(i / WORDS.length) % THINGS.length]} ${i}`
    milestones.push({
      id,
      title: { ko: `${title} (한국어)`, en: title },
      track: TRACKS[Math.floor(rand() * TRACKS.length)]!.id,
      status: statuses[Math.floor(rand() * statuses.length)]!,
      estimateHours: 5 + Math.floor(rand() * 60),
      notes: '',
      links: [],
      advice: [],
    })
    const level = Math.floor(i / perLevel)
    if (level === 0) continue
    const prereqs = new Set<number>()
    const wanted = rand() < 0.55 ? 1 : 2
    for (let k = 0; k < wanted; k++) {
      const back = 1 + Math.floor(rand() * Math.min(2, level))
      const slot = (i % perLevel) + Math.round((rand() - 0.5) * 6)
      const j = (level - back) * perLevel + Math.min(perLevel - 1, Math.max(0, slot))
      if (j < i) prereqs.add(j)
    }
    for (const j of prereqs) edges.push({ from: milestones[j]!.id, to: id })
  }
  const roadmap: Roadmap = {
    id: `bench-${count}`,
    name: `Bench ${count}`,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    templateVersion: 1,
    answers: { ...MENTOR_ANSWERS },
    weeklyHours: 15,
    tracks: TRACKS,
    milestones,
    edges,
    choiceGroups: [],
  }
  // Both pages get the same card positions (the app's own layout), stored as a user would have them.
  const layout = layoutRoadmap(roadmap, undefined, 'fast')
  const at = new Map(layout.nodes.map((n) => [n.id, { x: Math.round(n.x), y: Math.round(n.y) }]))
  return { ...roadmap, milestones: milestones.map((m) => ({ ...m, position: at.get(m.id)! })) }
}
