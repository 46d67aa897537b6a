import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { CARD_HOVER } from '@/composables/graph/useCardHover'
import { cardStrings } from '@/domain/cardStrings'
import RoadmapGraphNode from '@/components/graph/RoadmapGraphNode.vue'
import { graphToSvg } from '@/domain/graphSvg'
import { createAppI18n } from '@/i18n'
import type { MessageKey } from '@/i18n/keys'
import type { Milestone } from '@/domain/schema'
import { milestone } from '../../helpers'

function card(
  m: Milestone,
  props: { selected?: boolean; focusable?: boolean } = {},
  hover: { hoveredId?: string | null; everyCard?: boolean } = {},
) {
  const i18n = createAppI18n('en')
  const t = (key: MessageKey, values?: Record<string, unknown>) =>
    values ? i18n.t(key, values) : i18n.t(key)
  return mount(RoadmapGraphNode, {
    props: {
      card: { id: m.id, x: 100, y: 100 },
      milestone: m,
      color: '#3b5bdb',
      lod: 'full',
      locale: 'en',
      strings: cardStrings(t, 'en'),
      after: '',
      note: '',
      selected: false,
      focusable: true,
      next: false,
      match: 0,
      ...props,
    },
    global: {
      provide: {
        [CARD_HOVER as symbol]: {
          hoveredId: ref(hover.hoveredId ?? null),
          everyCard: ref(hover.everyCard ?? false),
        },
      },
    },
  })
}

describe('RoadmapGraphNode: the connection handle', () => {
  const hasHandle = (wrapper: ReturnType<typeof card>) => wrapper.find('[data-handle]').exists()
  const idle = { selected: false, focusable: false }

  it('is drawn only where it can be shown: hovered, focused, selected, or without hover', () => {
    const m = milestone('a')
    expect(hasHandle(card(m, idle))).toBe(false)
    expect(hasHandle(card(m, idle, { hoveredId: 'b' }))).toBe(false)
    expect(hasHandle(card(m, idle, { hoveredId: 'a' }))).toBe(true)
    expect(hasHandle(card(m, { ...idle, focusable: true }))).toBe(true)
    expect(hasHandle(card(m, { ...idle, selected: true }))).toBe(true)
    expect(hasHandle(card(m, idle, { everyCard: true }))).toBe(true)
  })

  it('comes and goes with the pointer, the card otherwise unchanged', async () => {
    const hoveredId = ref<string | null>(null)
    const wrapper = mount(RoadmapGraphNode, {
      props: card(milestone('a'), idle).props(),
      global: { provide: { [CARD_HOVER as symbol]: { hoveredId, everyCard: ref(false) } } },
    })
    const before = wrapper.get('g.card').attributes()
    hoveredId.value = 'a'
    await nextTick()
    expect(hasHandle(wrapper)).toBe(true)
    hoveredId.value = null
    await nextTick()
    expect(hasHandle(wrapper)).toBe(false)
    expect(wrapper.get('g.card').attributes()).toEqual(before)
  })
})

describe('RoadmapGraphNode: evidence', () => {
  it('marks a done card without its evidence with a sign and words, also for screen readers', () => {
    const wrapper = card(milestone('a', { status: 'done', evidenceKind: 'paper' }))
    const g = wrapper.get('g.card')
    expect(g.classes()).toContain('unproven')
    expect(wrapper.get('g.card-text').classes()).toContain('unproven')
    expect(wrapper.find('text.meta').text()).toMatch(/^⚠ no evidence · /)
    expect(g.attributes('aria-label')).toContain('no evidence')
  })

  it('leaves done cards with evidence, and cards of no kind, as they were', () => {
    for (const m of [
      milestone('a', { status: 'done' }),
      milestone('b', { status: 'in-progress', evidenceKind: 'project' }),
    ]) {
      const g = card(m).get('g.card')
      expect(g.classes()).not.toContain('unproven')
      expect(g.attributes('aria-label')).not.toContain('no evidence')
    }
  })
})

describe('RoadmapGraphNode: done and skipped cards', () => {
  it('recede by the colour of their title, never by opacity, which lost contrast in the dark theme', () => {
    for (const status of ['done', 'skipped'] as const) {
      const wrapper = card(milestone('a', { status }))
      for (const g of wrapper.findAll('g')) expect(g.attributes('opacity')).toBeUndefined()
      // `.done .title, .skipped .title` take --card-settled-text (checked in contrast.test.ts).
      expect(wrapper.get('g.card-text').classes()).toContain(status)
    }
  })

  it('draws a title wrapped within the card, as the export does', () => {
    const title = 'Reproduce a peer-reviewed paper to its reported numbers and release it'
    const m = milestone('a', { title: { en: title, ko: '논문 재현' } })
    const lines = card(m)
      .findAll('text.title tspan')
      .map((t) => t.text())
    expect(lines.length).toBe(2)
    expect(lines[1]).toMatch(/…$/)
    const { svg } = graphToSvg({
      title: 'x',
      nextLabel: 'Next',
      lang: 'en',
      cards: [
        { id: 'a', x: 0, y: 0, title, meta: '', color: '#3b5bdb', status: 'todo', next: false },
      ],
      edges: [],
    })
    const exported = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((x) => x[1])
    expect(exported).toEqual(lines)
  })
})
