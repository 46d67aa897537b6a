import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRedo, canUndo, createHistory, record, redo, undo } from '@/domain/history'

describe('history', () => {
  it('undoes and redoes steps in order', () => {
    let h = createHistory('a')
    h = record(h, 'b')
    h = record(h, 'c')
    expect(h.present).toBe('c')
    h = undo(h)
    expect(h.present).toBe('b')
    h = undo(h)
    expect(h.present).toBe('a')
    expect(canUndo(h)).toBe(false)
    expect(undo(h)).toBe(h)
    h = redo(redo(h))
    expect(h.present).toBe('c')
    expect(canRedo(h)).toBe(false)
    expect(redo(h)).toBe(h)
  })

  it('drops the redo branch when a new step is recorded', () => {
    let h = record(record(createHistory(1), 2), 3)
    h = record(undo(h), 4)
    expect(h.present).toBe(4)
    expect(canRedo(h)).toBe(false)
    expect(undo(h).present).toBe(2)
  })

  it('does not record a step that changes nothing', () => {
    const h = createHistory({ x: 1 })
    expect(record(h, h.present)).toBe(h)
  })

  it('is bounded: only the newest `limit` steps can be undone', () => {
    let h = createHistory(0, 100)
    for (let i = 1; i <= 250; i++) h = record(h, i)
    expect(h.past).toHaveLength(100)
    let undone = 0
    while (canUndo(h)) {
      h = undo(h)
      undone++
    }
    expect(undone).toBe(100)
    expect(h.present).toBe(150)
  })

  it('never holds more than the limit, and undo then redo returns to the same state', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20 }),
        fc.array(fc.oneof(fc.constant('undo'), fc.constant('redo'), fc.integer()), {
          maxLength: 80,
        }),
        (limit, ops) => {
          let h = createHistory<number | string>('start', limit)
          for (const op of ops) {
            h = op === 'undo' ? undo(h) : op === 'redo' ? redo(h) : record(h, op)
            expect(h.past.length).toBeLessThanOrEqual(limit)
            if (canUndo(h)) expect(redo(undo(h)).present).toBe(h.present)
          }
        },
      ),
    )
  })
})
