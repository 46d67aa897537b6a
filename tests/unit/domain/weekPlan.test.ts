import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { nextUp } from '@/domain/progress'
import type { Band, Edge, Roadmap, Status } from '@/domain/schema'
import {
  fitsBand,
  mlTarget,
  proposeWeek,
  remainingMinutes,
  type WeekProposal,
  type WeekProposalInput,
} from '@/domain/weekPlan'
import { milestone, roadmap } from '../helpers'

const MENTOR_BAND: Band = { low: 0.7, high: 0.8 }

/** A random roadmap: milestones on the ML and web tracks, edges only forward (no loop). */
const roadmapArb: fc.Arbitrary<Roadmap> = fc.integer({ min: 0, max: 30 }).chain((n) =>
  fc
    .record({
      ms: fc.array(
        fc.record({
          track: fc.constantFrom('ml', 'web'),
          status: fc.constantFrom<Status>('todo', 'todo', 'in-progress', 'done', 'skipped'),
          estimateHours: fc.integer({ min: 0, max: 60 }),
        }),
        { minLength: n, maxLength: n },
      ),
      edges: fc.array(fc.tuple(fc.nat(n), fc.nat(n)), { maxLength: n * 2 }),
    })
    .map(({ ms, edges }) => {
      const milestones = ms.map((m, i) => milestone(`m${i}`, m))
      const seen = new Set<string>()
      const es: Edge[] = []
      for (const [a, b] of edges) {
        const [from, to] = [Math.min(a, b), Math.max(a, b)]
        if (from === to || to >= n || seen.has(`${from}>${to}`)) continue
        seen.add(`${from}>${to}`)
        es.push({ from: `m${from}`, to: `m${to}` })
      }
      return roadmap(milestones, es)
    }),
)

const bandArb: fc.Arbitrary<Band> = fc
  .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }))
  .map(([a, b]) => ({ low: Math.min(a, b) / 100, high: Math.max(a, b) / 100 }))

const inputArb: fc.Arbitrary<WeekProposalInput> = fc
  .record({
    roadmap: roadmapArb,
    budget: fc.integer({ min: 0, max: 100 * 60 }),
    band: fc.oneof(fc.constant(MENTOR_BAND), bandArb),
    loggedSeed: fc.array(fc.integer({ min: 0, max: 3000 }), { maxLength: 30 }),
    pinSeed: fc.array(
      fc.record({ at: fc.nat(40), minutes: fc.option(fc.integer({ min: 0, max: 1200 })) }),
      { maxLength: 4 },
    ),
    excludeSeed: fc.array(fc.nat(40), { maxLength: 4 }),
  })
  .map(({ roadmap: r, budget, band, loggedSeed, pinSeed, excludeSeed }) => ({
    roadmap: r,
    budget,
    band,
    logged: new Map(loggedSeed.map((m, i) => [`m${i}`, m])),
    pins: pinSeed.map((p) => ({
      milestone: `m${p.at}`,
      ...(p.minutes === null ? {} : { minutes: p.minutes }),
    })),
    excluded: excludeSeed.map((i) => `m${i}`),
  }))

const sideOf = (r: Roadmap, id: string) =>
  r.milestones.find((m) => m.id === id)!.track === 'ml' ? 'ml' : 'other'

function openMinutes(input: WeekProposalInput, side: 'ml' | 'other') {
  const excluded = new Set(input.excluded)
  return nextUp(input.roadmap)
    .filter((m) => !excluded.has(m.id) && sideOf(input.roadmap, m.id) === side)
    .reduce((s, m) => s + remainingMinutes(m, input.logged.get(m.id) ?? 0), 0)
}

describe('proposeWeek', () => {
  it('never plans more than the week’s hours, nor a blocked, settled or swapped-out milestone', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = proposeWeek(input)
        expect(p.minutes).toBeLessThanOrEqual(input.budget)
        expect(p.minutes + p.unplanned).toBe(input.budget)
        const ready = new Set(nextUp(input.roadmap).map((m) => m.id))
        for (const item of p.items) {
          expect(ready.has(item.milestone)).toBe(true)
          expect(input.excluded).not.toContain(item.milestone)
          expect(item.minutes).toBeGreaterThan(0)
        }
        expect(new Set(p.items.map((i) => i.milestone)).size).toBe(p.items.length)
      }),
    )
  })

  it('is inside the band whenever the open milestones allow, and says why when it is not', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const p = proposeWeek(input)
        if (p.withinBand) {
          expect(p.mlMinutes).toBeGreaterThanOrEqual(input.band.low * p.minutes - 1e-6)
          expect(p.mlMinutes).toBeLessThanOrEqual(input.band.high * p.minutes + 1e-6)
        }
        // A week that is full and in the band needs no explanation; any other says why.
        if ((p.withinBand && p.unplanned === 0) || input.budget === 0) expect(p.problem).toBeNull()
        else expect(p.problem).not.toBeNull()
        // Without pins and with enough open on both sides, the week is full and in the band.
        const enough =
          openMinutes(input, 'ml') >= input.budget && openMinutes(input, 'other') >= input.budget
        if (!input.pins?.length && enough && fitsBand(input.budget, input.band)) {
          expect(p.withinBand).toBe(true)
          expect(p.minutes).toBe(input.budget)
        }
      }),
    )
  })

  it('is deterministic and stable: proposing again with nothing changed gives the same week', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const a = proposeWeek(input)
        expect(proposeWeek(structuredClone(input))).toEqual(a)
        // Accepting the week (pinning what it proposed, with its hours) changes nothing.
        // A milestone set to 0 h is swapped out (useWeekPlan.setMinutes), and stays so.
        const accepted: WeekProposal = proposeWeek({
          ...input,
          pins: a.items.map((i) => ({ milestone: i.milestone, minutes: i.minutes })),
          excluded: [
            ...(input.excluded ?? []),
            ...(input.pins ?? []).filter((p) => p.minutes === 0).map((p) => p.milestone),
          ],
        })
        expect(accepted.items.map(({ milestone: m, minutes }) => [m, minutes])).toEqual(
          a.items.map(({ milestone: m, minutes }) => [m, minutes]),
        )
      }),
    )
  })

  it('takes a milestone set to 0 hours as swapped out', () => {
    // Found by the stability property (seed 1969771833): a pin of 0 minutes held m0 back, and
    // once the week was accepted (its items pinned) the minute left over went to m0.
    const r = roadmap(
      ['m0', 'm1', 'm2', 'm3', 'm4', 'm5'].map((id) => milestone(id, { estimateHours: 0 })),
    )
    const input = { roadmap: r, budget: 301, band: { low: 0, high: 0 }, logged: new Map() }
    const zero = proposeWeek({ ...input, pins: [{ milestone: 'm0', minutes: 0 }] })
    expect(zero).toEqual(proposeWeek({ ...input, excluded: ['m0'] }))
    expect(zero.items.map((i) => i.milestone)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5'])
  })

  it('works on what is in progress before starting something new, one web piece at a time', () => {
    const r = roadmap([
      milestone('read', { estimateHours: 20 }),
      milestone('repro', { estimateHours: 20, status: 'in-progress' }),
      milestone('django', { track: 'web', estimateHours: 20 }),
      milestone('react', { track: 'web', estimateHours: 20 }),
    ])
    const p = proposeWeek({ roadmap: r, budget: 15 * 60, band: MENTOR_BAND, logged: new Map() })
    expect(p.items).toEqual([
      { milestone: 'repro', track: 'ml', kind: 'ml', minutes: 675, why: 'in-progress' },
      { milestone: 'django', track: 'web', kind: 'other', minutes: 225, why: 'next' },
    ])
    expect(p).toMatchObject({ share: 0.75, withinBand: true, unplanned: 0 })
  })

  it('fills each side from what is left of the estimates, then the next milestone', () => {
    const r = roadmap([
      milestone('a', { estimateHours: 10 }),
      milestone('b', { estimateHours: 10 }),
      milestone('w', { track: 'web', estimateHours: 10 }),
    ])
    // 8 of a's 10 hours are logged: 2 h of it, then b.
    const p = proposeWeek({
      roadmap: r,
      budget: 12 * 60,
      band: MENTOR_BAND,
      logged: new Map([['a', 8 * 60]]),
    })
    expect(p.items.map((i) => [i.milestone, i.minutes])).toEqual([
      ['a', 120],
      ['b', 420],
      ['w', 180],
    ])
  })

  it('keeps AI/ML the major when little of it is open, and says so', () => {
    const r = roadmap([
      milestone('a', { estimateHours: 2 }),
      milestone('w', { track: 'web', estimateHours: 40 }),
    ])
    const p = proposeWeek({ roadmap: r, budget: 15 * 60, band: MENTOR_BAND, logged: new Map() })
    expect(p.problem).toBe('ml-runs-short')
    expect(p.mlMinutes).toBe(120)
    // 2 h of ML hold 70%: at most 51 minutes of web.
    expect(p.minutes - p.mlMinutes).toBe(51)
    expect(p.unplanned).toBe(15 * 60 - 171)
    const none = proposeWeek({
      roadmap: roadmap([milestone('w', { track: 'web' })]),
      budget: 600,
      band: MENTOR_BAND,
      logged: new Map(),
    })
    expect(none).toMatchObject({ problem: 'no-ml-open', minutes: 0, unplanned: 600 })
  })

  it('gives AI/ML the hours when nothing else is open', () => {
    const r = roadmap([milestone('a', { estimateHours: 40 })])
    const p = proposeWeek({ roadmap: r, budget: 600, band: MENTOR_BAND, logged: new Map() })
    expect(p).toMatchObject({ minutes: 600, mlMinutes: 600, problem: 'other-runs-short' })
  })

  it('keeps the user’s pins first with their hours, and drops a pin that is blocked', () => {
    const r = roadmap(
      [
        milestone('a', { estimateHours: 40 }),
        milestone('b', { estimateHours: 40 }),
        milestone('c'),
        milestone('w', { track: 'web', estimateHours: 40 }),
      ],
      [{ from: 'a', to: 'c' }],
    )
    const p = proposeWeek({
      roadmap: r,
      budget: 10 * 60,
      band: MENTOR_BAND,
      logged: new Map(),
      pins: [{ milestone: 'b', minutes: 120 }, { milestone: 'c' }],
    })
    expect(p.items[0]).toMatchObject({ milestone: 'b', minutes: 120, why: 'pinned' })
    expect(p.droppedPins).toEqual(['c'])
    expect(p.mlMinutes).toBe(mlTarget(600, MENTOR_BAND))
  })

  it('rounds the AI/ML hours to quarter hours only when that stays in the band', () => {
    expect(mlTarget(900, MENTOR_BAND)).toBe(675)
    expect(mlTarget(60, { low: 0.7, high: 0.72 })).toBe(43)
    expect(mlTarget(0, MENTOR_BAND)).toBe(0)
  })
})
