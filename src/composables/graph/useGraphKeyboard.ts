import { toRaw } from 'vue'
import { nearestInDirection, type Direction } from '@/domain/graphGeometry'
import type { Status } from '@/domain/schema'
import type { GraphCamera } from './useGraphCamera'
import type { GraphEditor } from './useGraphEditor'

/** The roadmap.sh keys: D done, L learning (in progress), S skipped, R reset. */
export const STATUS_KEYS: Record<string, Status> = {
  d: 'done',
  l: 'in-progress',
  s: 'skipped',
  r: 'todo',
}
const ARROWS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
}
/** How far Shift+arrow moves a card, in graph units. */
export const KEY_MOVE = 24

type Editor = Pick<
  GraphEditor,
  | 'model'
  | 'selection'
  | 'targets'
  | 'shownCards'
  | 'place'
  | 'setStatus'
  | 'toggleDone'
  | 'remove'
  | 'undo'
  | 'redo'
  | 'panelId'
  | 'creating'
  | 'shortcutsOpen'
  | 'openPanel'
  | 'closePanel'
  | 'closeCreate'
>

/**
 * Every key the graph view answers, in one place. On the page (`onKey`, on the window): ⌘/Ctrl+Z
 * undo, ⌘/Ctrl+Shift+Z or Y redo, ? the shortcuts, Escape closes the panel or the form (not
 * while typing). In the panel or the form (`onSideKey`): Escape closes it, typing or not. On a
 * focused card (`onCardKey`): arrows move focus to the nearest card that way (Shift+arrows move
 * the card), Enter opens the panel, Space toggles done, D/L/S/R set the status, Delete
 * removes, +/−/0 zoom; it returns true when the key was used.
 */
export function useGraphKeyboard(
  editor: Editor,
  viewport: Pick<GraphCamera, 'focusCard' | 'zoomIn' | 'zoomOut' | 'fit'>,
) {
  const { model, shownCards } = editor

  function onKey(e: KeyboardEvent) {
    const target = e.target as HTMLElement | null
    const typing = !!target?.closest?.('input, textarea, select, [contenteditable="true"]')
    const mod = e.ctrlKey || e.metaKey
    const key = e.key.toLowerCase()
    if (mod && !e.altKey && (key === 'z' || key === 'y')) {
      if (typing) return
      e.preventDefault()
      if (key === 'y' || e.shiftKey) editor.redo()
      else editor.undo()
    } else if (!typing && !mod && e.key === '?') {
      e.preventDefault()
      editor.shortcutsOpen.value = true
    } else if (!typing && e.key === 'Escape') closeSide()
  }

  function onSideKey(e: KeyboardEvent) {
    if (e.key !== 'Escape') return
    e.stopPropagation()
    closeSide()
  }

  function closeSide() {
    if (editor.panelId.value) editor.closePanel()
    else if (editor.creating.value) editor.closeCreate()
  }

  function nearestTo(id: string): string | null {
    const from = toRaw(model.cards.get(id))
    if (!from) return null
    let best: string | null = null
    let bestD = Infinity
    for (const c of shownCards()) {
      if (c.id === id || editor.selection.value.has(c.id)) continue
      const d = (c.x - from.x) ** 2 + (c.y - from.y) ** 2
      if (d < bestD) {
        bestD = d
        best = c.id
      }
    }
    return best
  }

  function onCardKey(e: KeyboardEvent, id: string): boolean {
    if (e.altKey || e.metaKey || e.ctrlKey) return false
    const direction = ARROWS[e.key]
    if (direction) {
      if (e.shiftKey) {
        const dx = direction === 'left' ? -KEY_MOVE : direction === 'right' ? KEY_MOVE : 0
        const dy = direction === 'up' ? -KEY_MOVE : direction === 'down' ? KEY_MOVE : 0
        const moved = new Map(
          editor.targets(id).flatMap((i) => {
            const c = model.cards.get(i)
            return c ? [[i, { x: c.x + dx, y: c.y + dy }] as const] : []
          }),
        )
        editor.place(moved)
        viewport.focusCard(id)
        return true
      }
      const from = toRaw(model.cards.get(id))
      const next = from && nearestInDirection(from, shownCards(), direction, id)
      if (next) viewport.focusCard(next)
      return true
    }
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
    // With a Korean (or other) input method on, the letter keys still count by position.
    const status =
      STATUS_KEYS[key] ??
      STATUS_KEYS[/^Key[A-Z]$/.test(e.code) ? e.code.slice(3).toLowerCase() : '']
    if (status && !e.shiftKey) {
      editor.setStatus(editor.targets(id), status)
      return true
    }
    switch (key) {
      case 'Enter':
        editor.openPanel(id)
        return true
      case ' ':
        editor.toggleDone(id)
        return true
      case 'Delete':
      case 'Backspace': {
        const ids = editor.targets(id)
        const then = nearestTo(id)
        editor.remove(ids)
        if (then) viewport.focusCard(then)
        return true
      }
      case 'Escape':
        if (editor.selection.value.size === 0) return false
        editor.selection.value = new Set()
        return true
      case '+':
      case '=':
        viewport.zoomIn()
        return true
      case '-':
        viewport.zoomOut()
        return true
      case '0':
        viewport.fit()
        return true
    }
    return false
  }

  return { onKey, onSideKey, onCardKey }
}
