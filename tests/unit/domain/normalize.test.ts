import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { emptyProfile, SCHEMA_VERSION, validateAppData } from '@/domain/migrations'
import { runSteps } from '@/domain/steps'
import { unwrap } from '@/domain/unwrap'
import { normalizeAppData, normalizeSteps, UNTITLED } from '@/domain/normalize'
import type { AppData } from '@/domain/schema'
import { chain, milestone, roadmap } from '../helpers'

/** App data as stored before the stricter rules: what a user may already have. */
function stored(data: unknown) {
  return { schemaVersion: SCHEMA_VERSION, savedAt: '2026-01-01T00:00:00.000Z', data }
}

function appData(r = chain()): AppData {
  return {
    roadmaps: [r],
    activeRoadmapId: r.id,
    settings: { locale: null },
    timeLogs: {},
    timer: null,
    profile: emptyProfile(),
  }
}

describe('data saved before the stricter rules still opens', () => {
  it('a position of 1e308 is dropped (the card is laid out again), the rest kept', () => {
    const r = roadmap([
      milestone('a', { position: { x: 1e308, y: 10 } }),
      milestone('b', { position: { x: 120, y: -40 } }),
    ])
    expect(validateAppData(appData(r)).ok).toBe(false)
    const result = unwrap(stored(appData(r)))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [a, b] = result.data.roadmaps[0]!.milestones
    expect(a!.position).toBeUndefined()
    expect(b!.position).toEqual({ x: 120, y: -40 })
  })

  it('a title of zero-width characters becomes visible, a blank side empty', () => {
    const r = roadmap([
      milestone('a', { title: { ko: '\u200b\u200b', en: '\u2060' } }),
      milestone('b', { title: { ko: '\u200b', en: 'Learn PyTorch' } }),
      milestone('c', { description: { ko: '\u200d', en: '' } }),
    ])
    const result = unwrap(stored(appData(r)))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const [a, b, c] = result.data.roadmaps[0]!.milestones
    expect(a!.title).toEqual(UNTITLED)
    expect(b!.title).toEqual({ ko: '', en: 'Learn PyTorch' })
    expect(c!.description).toBeUndefined()
  })

  it('control characters are removed from every text, line breaks kept', () => {
    const r = roadmap(
      [milestone('a', { notes: 'line 1\nline\u0000 2\u001b', title: { ko: '가\u0007', en: '' } })],
      [],
      {
        name: 'Mine\u0085',
      },
    )
    const result = unwrap(stored(appData(r)))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    const saved = result.data.roadmaps[0]!
    expect(saved.name).toBe('Mine')
    expect(saved.milestones[0]!.notes).toBe('line 1\nline 2')
    expect(saved.milestones[0]!.title.ko).toBe('가')
  })

  it('valid data comes out as it went in (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: -1e6, max: 1e6 }),
            y: fc.integer({ min: -1e6, max: 1e6 }),
          }),
          {
            maxLength: 4,
          },
        ),
        fc
          .string({ maxLength: 40 })
          .filter((s) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/.test(s)),
        (points, notes) => {
          const r = roadmap(points.map((position, i) => milestone(`m${i}`, { position, notes })))
          const data = appData(r)
          expect(normalizeAppData(data)).toEqual(data)
        },
      ),
    )
  })

  it('whatever the positions and texts, normalised data passes the stricter schema (property)', () => {
    const text = fc.string({ maxLength: 20, unit: 'binary' })
    fc.assert(
      fc.property(
        fc.array(fc.record({ x: fc.double(), y: fc.double(), ko: text, en: text, notes: text }), {
          minLength: 1,
          maxLength: 4,
        }),
        (cards) => {
          const r = roadmap(
            cards.map((c, i) =>
              milestone(`m${i}`, {
                position: { x: c.x, y: c.y },
                title: { ko: `${c.ko}`, en: `x${c.en}` },
                notes: c.notes,
              }),
            ),
          )
          expect(validateAppData(normalizeAppData(appData(r))).ok).toBe(true)
        },
      ),
    )
  })

  it('is done a record at a time (a load spreads it over tasks), with the same result', async () => {
    const r = roadmap([
      milestone('a', { title: { ko: '\u200b', en: 'A\u0007' } }),
      milestone('b', { position: { x: 1e308, y: 0 } }),
      milestone('c'),
    ])
    let pauses = 0
    const pause = () => ((pauses += 1), Promise.resolve())
    const stepped = await runSteps(normalizeSteps(appData(r)), pause, -1)
    expect(stepped).toEqual(normalizeAppData(appData(r)))
    expect(pauses).toBeGreaterThanOrEqual(r.milestones.length + r.edges.length)
  })

  it('data with nothing to clean keeps its records: nothing is copied', () => {
    const data = appData()
    const out = normalizeAppData(data) as AppData
    expect(out).toEqual(data)
    expect(out.roadmaps[0]!.milestones[0]).toBe(data.roadmaps[0]!.milestones[0])
  })
})
