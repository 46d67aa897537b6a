import { toRaw } from 'vue'
import { nearestInDirection, type Direction, type Placed } from '@/domain/graphGeometry'
import type { Status } from '@/domain/schema'
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

/**
 * Keys on a focused card: arrows move focus to the nearest card that way (Shift+arrows move
 * the card), Enter opens the panel, Space toggles done, D/L/S/R set the status, Delete
 * removes, +/−/0 zoom. Returns true when the key was used.
 */
export function useGraphKeyboard(editor: GraphEditor) {
  const { model } = editor
  const visibleCards = (): Placed[] =>
    [...model.cards.values()].map(toRaw).filter((c) => !editor.hidden.value.has(c.id))

  function nearestTo(id: string): string | null {
    const from = toRaw(model.cards.get(id))
    if (!from) return null
    let best: string | null = null
    let bestD = Infinity
    for (const c of visibleCards()) {
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
    const controls = editor.controls.value
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
        controls?.focusCard(id)
        return true
      }
      const from = toRaw(model.cards.get(id))
      const next = from && nearestInDirection(from, visibleCards(), direction, id)
      if (next) controls?.focusCard(next)
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
        editor.creating.value = null
        editor.panelId.value = id
        return true
      case ' ':
        editor.toggleDone(id)
        return true
      case 'Delete':
      case 'Backspace': {
        const ids = editor.targets(id)
        const then = nearestTo(id)
        editor.remove(ids)
        if (then) controls?.focusCard(then)
        return true
      }
      case 'Escape':
        if (editor.selection.value.size === 0) return false
        editor.selection.value = new Set()
        return true
      case '+':
      case '=':
        controls?.zoomIn()
        return true
      case '-':
        controls?.zoomOut()
        return true
      case '0':
        controls?.fit()
        return true
    }
    return false
  }

  return { onCardKey }
}
