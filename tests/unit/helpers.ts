import type {
  Edge,
  Milestone,
  Roadmap,
  Status,
  TemplateMilestone,
  TimeEntry,
  Track,
} from '@/domain/schema'
import { MENTOR_ANSWERS } from '@/domain/generate'

export function milestone(id: string, patch: Partial<Milestone> = {}): Milestone {
  return {
    id,
    title: { ko: `${id} 제목`, en: `${id} title` },
    track: 'ml',
    status: 'todo',
    estimateHours: 10,
    notes: '',
    links: [],
    advice: [],
    ...patch,
  }
}

export const tracks: Track[] = [
  { id: 'ml', kind: 'ml', title: { ko: '머신러닝', en: 'Machine learning' }, color: '#3b5bdb' },
  { id: 'web', kind: 'other', title: { ko: '웹', en: 'Web' }, color: '#c2255c' },
]

export function roadmap(
  milestones: Milestone[] = [],
  edges: Edge[] = [],
  patch: Partial<Roadmap> = {},
): Roadmap {
  return {
    id: 'r1',
    name: 'Test roadmap',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    templateVersion: 1,
    answers: { ...MENTOR_ANSWERS },
    weeklyHours: 15,
    tracks,
    milestones,
    edges,
    choiceGroups: [],
    ...patch,
  }
}

/** a → b → c chain, plus d on the web track. */
export function chain(statuses: Partial<Record<string, Status>> = {}): Roadmap {
  return roadmap(
    ['a', 'b', 'c']
      .map((id) => milestone(id, { status: statuses[id] ?? 'todo' }))
      .concat(milestone('d', { track: 'web', status: statuses.d ?? 'todo' })),
    [
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ],
  )
}

let entries = 0
/** A time entry on a day: `minutes` on `track`, optionally against a milestone. */
export function timeEntry(
  day: string,
  minutes: number,
  track = 'ml',
  milestoneId: string | null = null,
): TimeEntry {
  return {
    id: `e${++entries}`,
    day,
    minutes,
    track,
    milestone: milestoneId,
    note: '',
    createdAt: `${day}T12:00:00.000Z`,
  }
}

/** A bilingual text for template fixtures: the English text, and it marked "(ko)". */
export const text = (s: string) => ({ ko: `${s} (ko)`, en: s })

/** A template milestone on the ML track, 10 h, citing the papers advice. */
export function templateMilestone(
  id: string,
  prerequisites: string[] = [],
  patch: Partial<TemplateMilestone> = {},
): TemplateMilestone {
  return {
    id,
    track: 'ml',
    title: text(id),
    description: text(`${id} description`),
    estimateHours: 10,
    prerequisites,
    advice: ['papers'],
    ...patch,
  }
}
