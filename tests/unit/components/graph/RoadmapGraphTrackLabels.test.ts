import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import { ref, shallowRef } from 'vue'
import RoadmapGraphTrackLabels from '@/components/graph/RoadmapGraphTrackLabels.vue'
import type { GraphModel } from '@/composables/graph/useGraphModel'
import type { ViewTransform } from '@/domain/graphGeometry'

/** Two tracks' clusters far apart: "ml" on the left, "ops" on the right. */
function mountLabels(view: ViewTransform) {
  const cards = new Map([
    ['a', { id: 'a', x: 100, y: 100 }],
    ['b', { id: 'b', x: 1500, y: 100 }],
  ])
  const model = { version: ref(0), ids: shallowRef(['a', 'b']), cards } as unknown as GraphModel
  const tracks = new Map([
    ['ml', { title: 'ML', color: '#3b5bdb' }],
    ['ops', { title: 'Ops', color: '#e8590c' }],
  ])
  return mount(RoadmapGraphTrackLabels, {
    props: {
      model,
      hidden: new Set<string>(),
      trackOf: (id: string) => (id === 'a' ? 'ml' : 'ops'),
      tracks,
      view: () => view,
    },
    attachTo: document.body,
  })
}

type Update = (t: ViewTransform, width: number, height: number, passing: boolean) => void

function parts(wrapper: ReturnType<typeof mountLabels>) {
  const update = (wrapper.vm as unknown as { update: Update }).update
  const root = wrapper.get('[data-testid="track-labels"]').element as HTMLElement
  const labels = () =>
    wrapper.findAll('.track-label').map((l) => {
      const el = l.element as HTMLElement
      return el.style.visibility === 'hidden' ? 'hidden' : `visible ${el.style.transform}`
    })
  return { update, root, labels }
}

/** The labels as placed at once for `t`, by a graph that never moved. */
function placedAt(t: ViewTransform) {
  const wrapper = mountLabels(t)
  const { update, labels } = parts(wrapper)
  update(t, 800, 600, false)
  const out = labels()
  wrapper.unmount()
  return out
}

describe('RoadmapGraphTrackLabels', () => {
  it('while a gesture passes, moves the labels as one; at rest or far from there, places each', () => {
    const t0 = { x: 0, y: 200, k: 0.3 }
    const wrapper = mountLabels(t0)
    const { update, root, labels } = parts(wrapper)
    update(t0, 800, 600, false)
    const atRest = labels()
    expect(atRest).toEqual([
      expect.stringMatching(/^visible translate\(/),
      expect.stringMatching(/^visible translate\(/),
    ])
    expect(root.style.transform).toBe('')

    // A zoom by 1.2 about (400, 300): one transform on the labels' box, none on a label.
    const t1 = { k: 0.36, x: 400 - 400 * 1.2, y: 300 - 100 * 1.2 }
    update(t1, 800, 600, true)
    expect(root.style.transform).toBe('translate(-80px,-60px) scale(1.2)')
    expect(root.style.willChange).toBe('transform')
    expect(labels()).toEqual(atRest)

    // Further than 1.25 times the scale they were placed at: placed again.
    const t2 = { k: 0.45, x: 400 - 400 * 1.5, y: 300 - 100 * 1.5 }
    update(t2, 800, 600, true)
    expect(root.style.transform).toBe('')
    expect(labels()).toEqual(placedAt(t2))

    // A pan (no zoom) places them one by one.
    update({ ...t2, x: t2.x - 100 }, 800, 600, true)
    expect(root.style.transform).toBe('')
    expect(labels()).toEqual(placedAt({ ...t2, x: t2.x - 100 }))
    // A zoom that also moves the view more than a quarter of it: placed again too.
    const t25 = { ...t2, k: t2.k * 1.1, x: t2.x - 400 }
    update(t25, 800, 600, true)
    expect(root.style.transform).toBe('')
    expect(labels()).toEqual(placedAt(t25))
    update({ ...t2, x: t2.x - 250 }, 800, 600, false)

    // The gesture rests where it passed last: placed there.
    const t3 = { k: 0.495, x: 400 - (400 - t2.x + 250) * 1.1, y: 300 - (300 - t2.y) * 1.1 }
    update(t3, 800, 600, true)
    expect(root.style.transform).toMatch(/scale\(1\.(1|09)\d*\)$/)
    update(t3, 800, 600, false)
    expect(root.style.transform).toBe('')
    expect(root.style.willChange).toBe('')
    expect(labels()).toEqual(placedAt(t3))
    wrapper.unmount()
  })
})
