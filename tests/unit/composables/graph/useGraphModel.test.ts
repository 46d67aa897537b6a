import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useGraphModel, type KeptLayouts } from '@/composables/graph/useGraphModel'
import type { Point } from '@/domain/graphGeometry'
import { layoutInput, layoutRoadmap } from '@/domain/graphLayout'
import type { Roadmap } from '@/domain/schema'
import { chain, milestone, roadmap } from '../../helpers'

/** Kept layouts in memory, counting reads and writes. */
function memory() {
  const kept = new Map<string, Point[]>()
  const calls = { reads: 0, writes: 0 }
  const layouts: KeptLayouts = {
    read: (input, cards) => {
      calls.reads++
      const c = kept.get(input)
      return c && c.length === cards ? c : null
    },
    write: (input, centres) => {
      calls.writes++
      kept.set(input, [...centres])
    },
  }
  return { kept, calls, layouts }
}

const centresOf = (model: ReturnType<typeof useGraphModel>, r: Roadmap) =>
  r.milestones.map((m) => ({ x: model.cards.get(m.id)!.x, y: model.cards.get(m.id)!.y }))

describe('graph model and the kept layout', () => {
  it('keeps the layout it computed, and the next start places the cards from it alone', () => {
    const r = chain()
    const { kept, calls, layouts } = memory()
    const first = useGraphModel(ref(r), layouts)
    const computed = new Map(layoutRoadmap(r).nodes.map((n) => [n.id, { x: n.x, y: n.y }]))
    expect(centresOf(first, r)).toEqual(r.milestones.map((m) => computed.get(m.id)))
    expect(kept.get(layoutInput(r))).toEqual(centresOf(first, r))
    expect(calls.writes).toBe(1)

    const next = useGraphModel(ref(r), layouts)
    expect(centresOf(next, r)).toEqual(centresOf(first, r))
    expect(calls.writes).toBe(1)
  })

  it('uses kept centres as they are (no layout runs), and lays out for arranging only when asked', () => {
    const r = chain()
    const { kept, layouts } = memory()
    const fake = r.milestones.map((_, i) => ({ x: 1000 + i, y: -i }))
    kept.set(layoutInput(r), fake)
    const model = useGraphModel(ref(r), layouts)
    expect(centresOf(model, r)).toEqual(fake)
    // Arranging gets the layout it would have had without the kept one.
    expect(model.previousLayout()).toEqual(layoutRoadmap(r))
    expect(model.previousLayout()).toBe(model.previousLayout())
  })

  it('lays out again, and keeps that, once an edit changes the input', async () => {
    const r = chain()
    const { kept, calls, layouts } = memory()
    const active = ref<Roadmap>(r)
    useGraphModel(active, layouts)
    const edited = roadmap(r.milestones, [...r.edges, { from: 'c', to: 'd' }])
    active.value = edited
    await nextTick()
    expect(calls.writes).toBe(2)
    expect(kept.has(layoutInput(edited))).toBe(true)
    // A change the layout does not depend on reads nothing new and writes nothing.
    const reads = calls.reads
    active.value = roadmap(
      edited.milestones.map((m) => ({ ...m, status: 'done' as const })),
      edited.edges,
    )
    await nextTick()
    expect([calls.reads, calls.writes]).toEqual([reads, 2])
  })

  it('neither reads nor keeps anything when every card has its stored position', () => {
    const placed = roadmap([
      milestone('a', { position: { x: 1, y: 2 } }),
      milestone('b', { position: { x: 300, y: 2 } }),
    ])
    const { calls, layouts } = memory()
    const model = useGraphModel(ref(placed), layouts)
    expect(centresOf(model, placed)).toEqual([
      { x: 1, y: 2 },
      { x: 300, y: 2 },
    ])
    expect(calls).toEqual({ reads: 0, writes: 0 })
  })
})
