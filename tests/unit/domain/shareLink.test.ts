import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  fromSharePayload,
  MAX_SHARED_MILESTONES,
  toSharePayload,
  type ShareLanguages,
  type SharePayload,
} from '@/domain/shareLink'
import { STATUSES, type Milestone, type Roadmap } from '@/domain/schema'
import { milestone, roadmap, tracks } from '../helpers'

const text = fc.stringMatching(/^[A-Za-z0-9가-힣][A-Za-z0-9가-힣 .()+-]{0,24}$/)
const bilingual = fc.record({ ko: text, en: text })
const trackArb = fc.record({
  kind: fc.constantFrom('ml' as const, 'other' as const),
  title: bilingual,
  color: fc.stringMatching(/^#[0-9a-f]{6}$/),
})

/** A valid roadmap: edges only from earlier to later in a random order, so never a loop. */
const roadmapArb = fc
  .record({
    name: text,
    tracks: fc.array(trackArb, { minLength: 1, maxLength: 4 }),
    milestones: fc.array(
      fc.record({
        title: bilingual,
        track: fc.nat(),
        status: fc.constantFrom(...STATUSES),
        hours: fc.oneof(
          fc.integer({ min: 0, max: 500 }),
          fc.double({ min: 0, max: 10_000, noNaN: true }),
        ),
        position: fc.option(
          fc.record({
            x: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
            y: fc.double({ min: -1e6, max: 1e6, noNaN: true }),
          }),
          { nil: undefined },
        ),
      }),
      { maxLength: 30 },
    ),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
    order: fc.array(fc.nat(), { maxLength: 30 }),
  })
  .map((g): Roadmap => {
    const trackList = g.tracks.map((t, i) => ({ id: `track-${i}`, ...t }))
    const ms: Milestone[] = g.milestones.map((m, i) =>
      milestone(`ms-${i}`, {
        title: m.title,
        track: trackList[m.track % trackList.length]!.id,
        status: m.status,
        estimateHours: m.hours,
        ...(m.position ? { position: m.position } : {}),
      }),
    )
    const keys = new Set<string>()
    const edges = []
    for (const [a, b] of g.pairs) {
      if (ms.length < 2) break
      const from = Math.min(a % ms.length, b % ms.length)
      const to = Math.max(a % ms.length, b % ms.length)
      if (from === to || keys.has(`${from}>${to}`)) continue
      keys.add(`${from}>${to}`)
      edges.push({ from: ms[from]!.id, to: ms[to]!.id })
    }
    // Shuffle the list so prerequisites also come after the milestones that need them.
    const shuffled = ms.map((m, i) => ({ m, k: g.order[i] ?? i })).sort((a, b) => a.k - b.k)
    return roadmap(
      shuffled.map((s) => s.m),
      edges,
      { name: g.name, tracks: trackList, updatedAt: '2026-03-04T05:06:07.000Z' },
    )
  })

/** What the read-only viewer shows: everything but ids, dates and what the link leaves out. */
function viewerData(r: Roadmap, languages: ShareLanguages = 'both') {
  const title = (t: { ko: string; en: string }) =>
    languages === 'both' ? t : { ko: t[languages], en: t[languages] }
  const trackAt = new Map(r.tracks.map((t, i) => [t.id, i]))
  const at = new Map(r.milestones.map((m, i) => [m.id, i]))
  return {
    name: r.name,
    tracks: r.tracks.map((t) => ({ kind: t.kind, color: t.color, title: title(t.title) })),
    milestones: r.milestones.map((m) => ({
      title: title(m.title),
      track: trackAt.get(m.track),
      status: m.status,
      hours: m.estimateHours,
      position: m.position
        ? { x: Math.round(m.position.x) + 0, y: Math.round(m.position.y) + 0 }
        : undefined,
    })),
    edges: r.edges.map((e) => [at.get(e.from), at.get(e.to)]).sort(),
  }
}

const roundTrip = (p: SharePayload) => fromSharePayload(JSON.parse(JSON.stringify(p)))

describe('share link payload', () => {
  it('gives the viewer the same roadmap back, in any language choice', () => {
    fc.assert(
      fc.property(roadmapArb, fc.constantFrom<ShareLanguages>('both', 'ko', 'en'), (r, langs) => {
        const back = roundTrip(toSharePayload(r, langs))
        expect(back.ok).toBe(true)
        if (!back.ok) return
        expect(viewerData(back.roadmap)).toEqual(viewerData(r, langs))
        expect(back.roadmap.updatedAt.slice(0, 10)).toBe('2026-03-04')
      }),
      { numRuns: 200 },
    )
  })

  it('leaves out notes, evidence, links and advice', () => {
    const r = roadmap([
      milestone('a', {
        notes: 'private notes',
        links: [{ label: 'mine', url: 'https://example.com/private' }],
        advice: ['persist'],
        skipReason: 'why',
        description: { ko: '설명', en: 'description' },
      }),
    ])
    const json = JSON.stringify(toSharePayload(r))
    for (const secret of ['private', 'persist', 'why', 'description', 'example.com'])
      expect(json).not.toContain(secret)
  })

  it('stores a title whose two languages read the same once', () => {
    const r = roadmap([milestone('a', { title: { ko: 'PyTorch', en: 'PyTorch' } })])
    expect(toSharePayload(r).m[0]![3]).toBe('PyTorch')
  })

  const valid = () =>
    toSharePayload(roadmap([milestone('a'), milestone('b')], [{ from: 'a', to: 'b' }], { tracks }))

  it.each([
    ['not an object', () => 'text'],
    ['an unknown field', () => ({ ...valid(), x: 1 })],
    ['a newer format', () => ({ ...valid(), v: 3 })],
    ['no track', () => ({ ...valid(), t: [] })],
    ['a track that is not there', () => ({ ...valid(), m: [[5, 0, 1, 'a', []]] })],
    ['an unknown status', () => ({ ...valid(), m: [[0, 4, 1, 'a', []]] })],
    ['negative hours', () => ({ ...valid(), m: [[0, 0, -1, 'a', []]] })],
    ['an invisible title', () => ({ ...valid(), m: [[0, 0, 1, '\u200b', []]] })],
    ['a control character', () => ({ ...valid(), n: 'a\u0007' })],
    ['a title over the limit', () => ({ ...valid(), m: [[0, 0, 1, 'x'.repeat(201), []]] })],
    ['an arrow to nowhere', () => ({ ...valid(), m: [[0, 0, 1, 'a', [1]]] })],
    ['an arrow to itself', () => ({ ...valid(), m: [[0, 0, 1, 'a', [0]]] })],
    [
      'a loop',
      () => ({
        ...valid(),
        m: [
          [0, 0, 1, 'a', [-1]],
          [0, 0, 1, 'b', [1]],
        ],
      }),
    ],
    ['an off-limits position', () => ({ ...valid(), m: [[0, 0, 1, 'a', [], 2e6, 0]] })],
    ['a bad colour', () => ({ ...valid(), t: [[0, 'red', 'x']] })],
    [
      'a prototype key',
      () => JSON.parse('{"v":2,"n":"a","d":"2026-01-01","t":[],"m":[],"__proto__":{}}'),
    ],
    [
      'too many milestones',
      () => ({
        ...valid(),
        m: Array.from({ length: MAX_SHARED_MILESTONES + 1 }, () => [0, 0, 1, 'a', []]),
      }),
    ],
  ])('refuses %s', (_, make) => {
    expect(roundTrip(make() as SharePayload).ok).toBe(false)
  })
})
