import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import TheNavBar from '@/components/TheNavBar.vue'
import { createAppI18n } from '@/i18n'
import { useRoadmapStore } from '@/stores/roadmap'
import { chain } from '../helpers'

/** The nav's destinations, as empty pages: the views themselves are not under test. */
const Empty = { render: () => null }
const paths = [
  '/',
  '/list',
  '/time',
  '/papers',
  '/portfolio',
  '/welcome',
  '/roadmaps',
  '/advice',
  '/settings',
]

async function mountNav() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: paths.map((path) => ({ path, component: Empty })),
  })
  await router.push('/advice')
  const wrapper = mount(TheNavBar, {
    attachTo: document.body,
    global: { plugins: [createAppI18n('en'), router] },
  })
  const toggle = wrapper.get('[data-testid="menu-toggle"]')
  const expanded = () => toggle.attributes('aria-expanded')
  return { wrapper, router, toggle, expanded }
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  document.body.innerHTML = ''
})

describe('TheNavBar menu (narrow screens)', () => {
  it('is a disclosure for the links, named and wired to them', async () => {
    const { wrapper, toggle, expanded } = await mountNav()
    expect(toggle.text()).toBe('Menu')
    expect(expanded()).toBe('false')
    const menu = wrapper.get(`#${toggle.attributes('aria-controls')}`)
    expect(menu.findAll('a').map((a) => a.text())).toEqual(['Roadmaps', 'Advice', 'Settings'])
    expect(menu.classes()).not.toContain('open')
    wrapper.unmount()
  })

  it('moves focus into the menu on opening; Escape closes it and focuses the button', async () => {
    const { wrapper, toggle, expanded } = await mountNav()
    await toggle.trigger('click')
    await nextTick()
    expect(expanded()).toBe('true')
    expect(document.activeElement?.textContent).toBe('Roadmaps')
    await wrapper.get('nav').trigger('keydown', { key: 'Escape' })
    expect(expanded()).toBe('false')
    expect(document.activeElement).toBe(toggle.element)
    wrapper.unmount()
  })

  it('closes when a link is followed or the user presses outside', async () => {
    const { wrapper, router, toggle, expanded } = await mountNav()
    await toggle.trigger('click')
    await router.push('/settings')
    await flushPromises()
    expect(expanded()).toBe('false')

    await toggle.trigger('click')
    expect(expanded()).toBe('true')
    wrapper.get('nav').element.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    await nextTick()
    expect(expanded()).toBe('true')
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }))
    await nextTick()
    expect(expanded()).toBe('false')
    wrapper.unmount()
  })
})

describe('TheNavBar links', () => {
  it('leads to the portfolio (beside the paper log) once there is a roadmap', async () => {
    useRoadmapStore().hydrate({ roadmaps: [chain()], activeRoadmapId: 'r1' })
    const { wrapper } = await mountNav()
    const links = wrapper.findAll('#nav-menu a')
    expect(links.map((a) => a.text())).toEqual([
      'Graph',
      'List',
      'Time',
      'Papers',
      'Portfolio',
      'Roadmaps',
      'Advice',
      'Settings',
    ])
    expect(links[4]!.attributes('href')).toBe('/portfolio')
    wrapper.unmount()
  })
})
