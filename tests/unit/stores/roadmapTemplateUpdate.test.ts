import { content } from '@/content'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { MENTOR_ANSWERS } from '@/domain/generate'
import type { Template } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

const now = new Date('2026-12-01T09:00:00Z')

/** The app's template, revised: one milestone dropped, one more retitled. */
function revised(): Template {
  const t = content.template
  return {
    ...t,
    templateVersion: t.templateVersion + 1,
    milestones: t.milestones
      .filter((m) => m.id !== 'ps-mock-test' && m.id !== 'scale-tools-later')
      .map((m) =>
        m.id === 'read-papers' ? { ...m, title: { ko: '논문 읽기', en: 'Read papers' } } : m,
      ),
  }
}

describe('roadmap store: updating to a new template', () => {
  beforeEach(() => setActivePinia(createPinia()))

  function setup() {
    const roadmap = useRoadmapStore()
    roadmap.createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine', now)
    // As if made from the previous template version.
    const old = { ...roadmap.active!, templateVersion: content.template.templateVersion - 1 }
    roadmap.hydrate({ roadmaps: [old], activeRoadmapId: old.id })
    const time = useTimeStore()
    return { roadmap, time }
  }

  it('applies the update as one undoable step, progress and logged time kept', async () => {
    const { roadmap, time } = setup()
    roadmap.setStatus(['read-papers'], 'done')
    const track = roadmap.milestoneById.get('ps-mock-test')!.track
    expect(
      time.addEntry({ day: '2026-11-30', minutes: 45, track, milestone: 'ps-mock-test', note: '' })
        .ok,
    ).toBe(true)
    const before = roadmap.active!
    const entries = time.entries

    const summary = (await roadmap.updateToTemplate(
      revised(),
      now,
      time.entries.flatMap((e) => e.milestone ?? []),
    ))!
    expect(summary.kept.map((m) => m.id)).toEqual(['ps-mock-test'])
    expect(summary.removed.map((m) => m.id)).toEqual(['scale-tools-later'])
    expect(summary.changed.find((c) => c.id === 'read-papers')?.fields).toEqual(['title'])
    expect(roadmap.active!.templateVersion).toBe(revised().templateVersion)
    expect(roadmap.milestoneById.get('read-papers')).toMatchObject({
      status: 'done',
      title: { en: 'Read papers' },
    })
    expect(time.entries).toBe(entries)
    expect(time.minutesByMilestone.get('ps-mock-test')).toBe(45)

    // One step undoes the whole update, and only it: the status change before it stays.
    expect(roadmap.undo()).toBe(true)
    expect(roadmap.active).toBe(before)
    expect(roadmap.milestoneById.get('read-papers')!.status).toBe('done')
    expect(time.entries).toBe(entries)
    expect(roadmap.redo()).toBe(true)
    expect(roadmap.active!.templateVersion).toBe(revised().templateVersion)
  })

  it('changes nothing when there is nothing to update', async () => {
    const { roadmap } = setup()
    expect(await roadmap.updateToTemplate(content.template, now)).not.toBeNull()
    const after = roadmap.active
    expect(await roadmap.updateToTemplate(content.template, now)).toBeNull()
    expect(roadmap.active).toBe(after)
    // Only the first update was a step.
    expect(roadmap.undo()).toBe(true)
    expect(roadmap.active!.templateVersion).toBe(content.template.templateVersion - 1)
    expect(roadmap.canUndo).toBe(false)
  })
})
