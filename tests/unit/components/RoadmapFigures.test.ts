import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import RoadmapFigures from '@/components/RoadmapFigures.vue'
import type { Roadmap } from '@/domain/schema'
import { createAppI18n } from '@/i18n'
import { chain, roadmap } from '../helpers'

function figures(r: Roadmap, locale: 'en' | 'ko' = 'en') {
  const w = mount(RoadmapFigures, {
    props: { roadmap: r },
    global: { plugins: [createAppI18n(locale)] },
  })
  const text = (id: string) => {
    const el = w.find(`[data-testid="${id}"]`)
    return el.exists() ? el.text() : null
  }
  return {
    count: text('milestone-count'),
    skipped: text('skipped-count'),
    share: text('planned-share'),
  }
}

describe('RoadmapFigures', () => {
  it('says done of the counted milestones, the skipped ones apart, and the planned share', () => {
    // a done, b skipped: c and the web milestone d remain; 20 of 30 hours on ML.
    expect(figures(chain({ a: 'done', b: 'skipped' }))).toEqual({
      count: '33% 1 of 3 milestones done',
      skipped: '· 1 skipped, not counted',
      share: '· Planned AI/ML share (estimated hours) 67%',
    })
  })

  it('says nothing about skipped milestones when there are none', () => {
    expect(figures(chain()).skipped).toBeNull()
  })

  it('has a word, not a number, for a roadmap with nothing planned', () => {
    expect(figures(roadmap([]))).toEqual({
      count: '0% 0 of 0 milestones done',
      skipped: null,
      share: '· Planned AI/ML share (estimated hours) none',
    })
  })

  it('speaks Korean', () => {
    expect(figures(chain({ a: 'done', b: 'skipped' }), 'ko')).toEqual({
      count: '33% 마일스톤 3개 중 1개 완료',
      skipped: '· 건너뛴 1개 제외',
      share: '· 계획한 AI/ML 비중(예상 시간 기준) 67%',
    })
  })
})
