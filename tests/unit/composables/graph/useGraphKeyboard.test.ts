import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { injectGraphEditor } from '@/composables/graph/useGraphEditor'
import { KEY_MOVE, useGraphKeyboard } from '@/composables/graph/useGraphKeyboard'
import { chain } from '../../helpers'
import { mountInEditor } from '../../components/graph/harness'

let onCardKey!: (e: KeyboardEvent, id: string) => boolean
const Probe = defineComponent({
  setup() {
    onCardKey = useGraphKeyboard(injectGraphEditor()).onCardKey
    return () => h('div')
  },
})
const key = (k: string, init: KeyboardEventInit = {}) =>
  new KeyboardEvent('keydown', { key: k, ...init })

describe('keys on a focused card', () => {
  it('D, L, S, R set the status; Space toggles done; each press is one step', () => {
    const { store } = mountInEditor(chain(), Probe)
    const status = () => store.milestoneById.get('a')!.status
    expect(onCardKey(key('d'), 'a')).toBe(true)
    expect(status()).toBe('done')
    onCardKey(key('L'), 'a')
    expect(status()).toBe('in-progress')
    onCardKey(key('s'), 'a')
    expect(status()).toBe('skipped')
    onCardKey(key('r'), 'a')
    expect(status()).toBe('todo')
    onCardKey(key(' '), 'a')
    expect(status()).toBe('done')
    onCardKey(key(' '), 'a')
    expect(status()).toBe('todo')
    expect(onCardKey(key('d', { ctrlKey: true }), 'a')).toBe(false)
    // A Korean keyboard layout sends Hangul; the key's position still counts.
    onCardKey(key('ㅇ', { code: 'KeyD' }), 'a')
    expect(status()).toBe('done')
    expect(store.history!.past).toHaveLength(7)
  })

  it('acts on the whole selection as one step when the card is part of it', () => {
    const { store, editor } = mountInEditor(chain(), Probe)
    editor.selection.value = new Set(['a', 'b', 'c'])
    onCardKey(key('d'), 'b')
    expect(['a', 'b', 'c', 'd'].map((id) => store.milestoneById.get(id)!.status)).toEqual([
      'done',
      'done',
      'done',
      'todo',
    ])
    expect(store.history!.past).toHaveLength(1)
    onCardKey(key('Delete'), 'a')
    expect(store.active!.milestones.map((m) => m.id)).toEqual(['d'])
    expect(store.history!.past).toHaveLength(2)
    store.undo()
    expect(store.active!.milestones).toHaveLength(4)
  })

  it('Shift+arrows move the card (storing every position once), Enter opens the panel', () => {
    const { store, editor } = mountInEditor(chain(), Probe)
    const from = { ...editor.model.cards.get('b')! }
    onCardKey(key('ArrowDown', { shiftKey: true }), 'b')
    expect(store.milestoneById.get('b')!.position).toEqual({ x: from.x, y: from.y + KEY_MOVE })
    expect(store.active!.milestones.every((m) => m.position)).toBe(true)
    expect(store.history!.past).toHaveLength(1)
    onCardKey(key('Enter'), 'b')
    expect(editor.panelId.value).toBe('b')
  })

  it('arrows ask the graph to focus the nearest card that way', () => {
    const { editor } = mountInEditor(chain(), Probe)
    const focused: string[] = []
    editor.controls.value = {
      zoomIn() {},
      zoomOut() {},
      fit() {},
      centreCard() {},
      viewCentre: () => ({ x: 0, y: 0 }),
      focusCard: (id) => focused.push(id),
    }
    onCardKey(key('ArrowRight'), 'a')
    expect(focused).toEqual(['b'])
    onCardKey(key('ArrowLeft'), 'b')
    expect(focused).toEqual(['b', 'a'])
  })
})
