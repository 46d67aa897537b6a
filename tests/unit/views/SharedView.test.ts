import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory } from 'vue-router'
import SharedView from '@/views/SharedView.vue'
import { useShareLink } from '@/composables/useShareLink'
import { createAppI18n } from '@/i18n'
import { createAppRouter } from '@/router'
import { useRoadmapStore } from '@/stores/roadmap'
import { milestone, roadmap } from '../helpers'

/** Waits for the link to be read (inflating runs on streams, over several tasks). */
async function settled(wrapper: ReturnType<typeof mount>) {
  for (let i = 0; i < 50 && wrapper.text().includes('Opening the link'); i++) {
    await new Promise((r) => setTimeout(r, 10))
    await flushPromises()
  }
}

async function open(hash: string, locale: 'en' | 'ko' = 'en') {
  const router = createAppRouter(createMemoryHistory())
  await router.push(`/shared#${hash}`)
  const wrapper = mount(SharedView, { global: { plugins: [createAppI18n(locale), router] } })
  await settled(wrapper)
  return wrapper
}

describe('SharedView', () => {
  beforeEach(() => setActivePinia(createPinia()))

  const shared = roadmap(
    [milestone('a', { status: 'done' }), milestone('b'), milestone('c', { status: 'skipped' })],
    [{ from: 'a', to: 'b' }],
    { name: 'Plan' },
  )

  it('shows the name, the progress, the graph and the list, and saves a copy under a free name', async () => {
    const encoded = await useShareLink().encode(shared, 'en')
    if (!encoded.ok) throw new Error('encode')
    useRoadmapStore().addRoadmap(roadmap([milestone('x')], [], { name: 'Plan' }))
    const wrapper = await open(encoded.hash)
    expect(wrapper.get('h2').text()).toBe('Plan')
    // Skipped milestones do not count: 1 of 2.
    expect(wrapper.get('[data-testid="shared-progress"]').text()).toContain(
      '1 of 2 milestones done',
    )
    expect(wrapper.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('50')
    expect(wrapper.get('[data-testid="shared-graph"] img').attributes('src')).toMatch(
      /^data:image\/svg\+xml/,
    )
    expect(wrapper.findAll('li').map((li) => li.text())).toEqual([
      'a title: Done',
      'b title: To do',
      'c title: Skipped',
    ])
    await wrapper.get('button.btn-primary').trigger('click')
    expect(useRoadmapStore().roadmaps.map((r) => r.name)).toEqual(['Plan', 'Plan (2)'])
    expect(wrapper.text()).toContain('A copy was saved in your roadmaps.')
  })

  it.each([
    ['3.AAAA', 'This link was made by a newer version of the app.'],
    [`2.${'A'.repeat(100_000)}`, 'This link holds more than the app opens from a link'],
    ['2.AAAA', 'This link is broken or was changed'],
  ])('says why a link does not open (%#) and offers nothing to save', async (hash, message) => {
    const wrapper = await open(hash)
    expect(wrapper.get('[role="alert"]').text()).toContain(message)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(useRoadmapStore().roadmaps).toEqual([])
  })
})
