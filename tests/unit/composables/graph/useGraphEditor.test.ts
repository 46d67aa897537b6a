import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import { useEvidenceQuestion } from '@/composables/useEvidenceQuestion'
import { chain, milestone, roadmap } from '../../helpers'
import { mountInEditor } from '../../components/graph/harness'

const Empty = defineComponent({ setup: () => () => h('div') })

describe('graph editor state', () => {
  it('filters by track and status, and finds milestones by title in either language', () => {
    const { editor, store } = mountInEditor(chain({ b: 'done' }), Empty)
    expect(editor.hidden.value.size).toBe(0)
    editor.trackFilter.value = 'web'
    expect([...editor.hidden.value].sort()).toEqual(['a', 'b', 'c'])
    editor.trackFilter.value = ''
    editor.statusFilter.value = 'done'
    expect([...editor.hidden.value].sort()).toEqual(['a', 'c', 'd'])
    editor.statusFilter.value = ''
    editor.query.value = 'C 제목'
    expect(editor.matches.value).toEqual(['c'])
    editor.query.value = 'title'
    // Left to right: a → b → c along the chain, so Enter walks them in reading order.
    const order = editor.matches.value
    expect(order).toHaveLength(4)
    expect(order.indexOf('a')).toBeLessThan(order.indexOf('b'))
    expect(order.indexOf('b')).toBeLessThan(order.indexOf('c'))
    expect(editor.currentMatch.value).toBeNull()
    editor.matchIndex.value = 0
    expect(editor.currentMatch.value).toBe(editor.matches.value[0])
    expect(store.canUndo).toBe(false)
  })

  it('auto-arranges as one undo step, at once when the user prefers reduced motion', () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: query.includes('reduce'), media: query }) as MediaQueryList,
    )
    const { editor, store } = mountInEditor(chain(), Empty)
    editor.place(new Map([['b', { x: 5000, y: 5000 }]]))
    expect(store.milestoneById.get('b')!.position).toEqual({ x: 5000, y: 5000 })
    editor.arrange()
    expect(store.milestoneById.get('b')!.position).not.toEqual({ x: 5000, y: 5000 })
    expect(editor.model.cards.get('b')!.x).toBe(store.milestoneById.get('b')!.position!.x)
    store.undo()
    expect(store.milestoneById.get('b')!.position).toEqual({ x: 5000, y: 5000 })
    store.undo()
    expect(store.milestoneById.get('b')!.position).toBeUndefined()
    expect(store.canUndo).toBe(false)
  })

  it('auto-arrange glides the cards there, then stores them as one step', async () => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) => ({ matches: false, media: query }) as MediaQueryList,
    )
    const { editor, store } = mountInEditor(chain(), Empty)
    editor.place(new Map([['b', { x: 5000, y: 5000 }]]))
    await nextTick()
    const card = editor.model.cards.get('b')!
    expect(card.x).toBe(5000)
    editor.arrange()
    expect(editor.arranging.value).toBe(true)
    await vi.waitFor(() => expect(card.x).not.toBe(5000))
    const midway = { x: card.x, y: card.y, arranging: editor.arranging.value }
    await vi.waitFor(() => expect(editor.arranging.value).toBe(false))
    const stored = store.milestoneById.get('b')!.position!
    expect(stored).not.toEqual({ x: 5000, y: 5000 })
    expect({ x: card.x, y: card.y }).toEqual(stored)
    // On the way it was on the straight line from where it was to where it went.
    expect(midway.arranging).toBe(true)
    const u = (midway.x - 5000) / (stored.x - 5000)
    expect(u).toBeGreaterThan(0)
    expect(u).toBeLessThan(1)
    expect(midway.y).toBeCloseTo(5000 + u * (stored.y - 5000), 6)
    // The glide left one step, which undo takes back whole.
    store.undo()
    expect(store.milestoneById.get('b')!.position).toEqual({ x: 5000, y: 5000 })
    store.undo()
    expect(store.canUndo).toBe(false)
  })
})

describe('statuses from the graph', () => {
  it('asks the list’s question before a selection is marked done without evidence; one answer for all', async () => {
    const r = roadmap([milestone('demo', { evidenceKind: 'project' }), milestone('plain')])
    const { editor, store } = mountInEditor(r, Empty)
    const { pending, settle } = useEvidenceQuestion()
    const statuses = () => ['demo', 'plain'].map((id) => store.milestoneById.get(id)!.status)

    const declined = editor.setStatus(['demo', 'plain'], 'done')
    expect(pending.value).toMatchObject({
      title: 'Mark done anyway?',
      confirmLabel: 'Mark done anyway',
    })
    expect(pending.value!.body).toContain('demo title')
    settle(false)
    await declined
    expect(statuses()).toEqual(['todo', 'todo'])
    expect(store.canUndo).toBe(false)

    const confirmed = editor.setStatus(['demo', 'plain'], 'done')
    settle(true)
    await confirmed
    expect(statuses()).toEqual(['done', 'done'])
    store.undo()
    expect(statuses()).toEqual(['todo', 'todo'])
  })
})
