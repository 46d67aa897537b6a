import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { preloadView } from '@/router'
import { useRoadmapStore } from '@/stores/roadmap'
import { content } from '@/content'
import { MENTOR_ANSWERS } from '@/domain/generate'

function table() {
  const graph = vi.fn(() => Promise.resolve({ default: {} }))
  const welcome = vi.fn(() => Promise.resolve({ default: {} }))
  const advice = vi.fn(() => Promise.resolve({ default: {} }))
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      {
        path: '/',
        name: 'graph',
        component: graph,
        meta: { requiresRoadmap: true, areas: ['graph'] },
      },
      { path: '/welcome', name: 'onboarding', component: welcome, meta: { areas: ['onboarding'] } },
      { path: '/advice', name: 'advice', component: advice },
    ],
  })
  return { router, graph, welcome, advice }
}

describe('preloadView', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('fetches the questionnaire, not the graph, when there is no roadmap yet', () => {
    const { router, graph, welcome } = table()
    const to = preloadView(router, '/')
    expect(welcome).toHaveBeenCalledOnce()
    expect(graph).not.toHaveBeenCalled()
    // …and names the questionnaire's messages, to fetch with it.
    expect(to.meta.areas).toEqual(['onboarding'])
  })

  it('fetches the view of the address when its guard lets the user through', () => {
    const { router, graph, welcome, advice } = table()
    useRoadmapStore().createFromAnswers(content.template, MENTOR_ANSWERS, 'Mine')
    preloadView(router, '/')
    preloadView(router, '/advice?q=x#top')
    expect(graph).toHaveBeenCalledOnce()
    expect(advice).toHaveBeenCalledOnce()
    expect(welcome).not.toHaveBeenCalled()
  })

  it('before storage is read, follows the start hint: a roadmap was there, or not', () => {
    const { router, graph, welcome } = table()
    // No roadmap is loaded yet: the hint alone decides, and the guard is not asked.
    expect(preloadView(router, '/', true).name).toBe('graph')
    expect(graph).toHaveBeenCalledOnce()
    expect(welcome).not.toHaveBeenCalled()
    expect(preloadView(router, '/', false).name).toBe('onboarding')
    expect(welcome).toHaveBeenCalledOnce()
  })
})
