import { describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import { injectGraphViewport } from '@/composables/graph/useGraphCamera'
import { injectGraphEditor } from '@/composables/graph/useGraphEditor'
import { KEY_MOVE, useGraphKeyboard } from '@/composables/graph/useGraphKeyboard'
import { chain } from '../../helpers'
import { mountInEditor } from '../../components/graph/harness'

let keys!: ReturnType<typeof useGraphKeyboard>
let onCardKey!: (e: KeyboardEvent, id: string) => boolean
const Probe = defineComponent({
  setup() {
    keys = useGraphKeyboard(injectGraphEditor(), injectGraphViewport())
    onCardKey = keys.onCardKey
    return () => h('div', [h('input')])
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
    const back: string[] = []
    while (store.undo()) back.push(status())
    expect(back).toEqual(['todo', 'done', 'todo', 'skipped', 'in-progress', 'done', 'todo'])
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
    onCardKey(key('Delete'), 'a')
    expect(store.active!.milestones.map((m) => m.id)).toEqual(['d'])
    store.undo()
    expect(store.active!.milestones).toHaveLength(4)
    expect(store.milestoneById.get('c')!.status).toBe('done')
    store.undo()
    expect(store.active!.milestones.every((m) => m.status === 'todo')).toBe(true)
    expect(store.canUndo).toBe(false)
  })

  it('Shift+arrows move the card (storing every position once), Enter opens the panel', () => {
    const { store, editor } = mountInEditor(chain(), Probe)
    const from = { ...editor.model.cards.get('b')! }
    onCardKey(key('ArrowDown', { shiftKey: true }), 'b')
    expect(store.milestoneById.get('b')!.position).toEqual({ x: from.x, y: from.y + KEY_MOVE })
    expect(store.active!.milestones.every((m) => m.position)).toBe(true)
    store.undo()
    expect(store.active!.milestones.some((m) => m.position)).toBe(false)
    expect(store.canUndo).toBe(false)
    onCardKey(key('Enter'), 'b')
    expect(editor.panelId.value).toBe('b')
  })

  it('arrows move focus to the nearest card that way', () => {
    const { editor } = mountInEditor(chain(), Probe)
    onCardKey(key('ArrowRight'), 'a')
    expect(editor.focusedId.value).toBe('b')
    onCardKey(key('ArrowLeft'), 'b')
    expect(editor.focusedId.value).toBe('a')
  })
})

describe('keys on the page, the panel and the form (the same composable)', () => {
  const typed = (k: string, init: KeyboardEventInit = {}) => {
    const e = key(k, { bubbles: true, cancelable: true, ...init })
    document.querySelector('input')!.dispatchEvent(e)
    return e
  }

  it('Ctrl+Z undoes and Ctrl+Shift+Z or Ctrl+Y redo, but not while typing; ? opens the shortcuts', () => {
    const { wrapper, store, editor } = mountInEditor(chain(), Probe)
    const status = () => store.milestoneById.get('a')!.status
    onCardKey(key('d'), 'a')
    const input = wrapper.get('input').element
    const undo = key('z', { ctrlKey: true, cancelable: true })
    Object.defineProperty(undo, 'target', { value: input })
    keys.onKey(undo)
    expect(status()).toBe('done')
    keys.onKey(key('z', { ctrlKey: true, cancelable: true }))
    expect(status()).toBe('todo')
    keys.onKey(key('y', { ctrlKey: true, cancelable: true }))
    expect(status()).toBe('done')
    keys.onKey(key('z', { metaKey: true, shiftKey: true, cancelable: true }))
    expect(status()).toBe('done')
    keys.onKey(key('z', { metaKey: true, cancelable: true }))
    keys.onKey(key('z', { metaKey: true, shiftKey: true, cancelable: true }))
    expect(status()).toBe('done')
    expect(editor.shortcutsOpen.value).toBe(false)
    keys.onKey(key('?', { cancelable: true }))
    expect(editor.shortcutsOpen.value).toBe(true)
    wrapper.unmount()
  })

  it('Escape closes the panel, then the form: on the page unless typing, in them always', () => {
    const { wrapper, editor } = mountInEditor(chain(), Probe)
    editor.openPanel('b')
    const inField = typed('Escape')
    keys.onKey(inField)
    expect(editor.panelId.value).toBe('b')
    keys.onKey(key('Escape'))
    expect(editor.panelId.value).toBeNull()
    editor.openCreate()
    const e = key('Escape', { bubbles: true })
    keys.onSideKey(e)
    expect(editor.creating.value).toBeNull()
    keys.onSideKey(key('a'))
    wrapper.unmount()
  })
})
