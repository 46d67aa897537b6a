import { describe, expect, it } from 'vitest'
import adviceRaw from '../../../data/advice.json'
import templateRaw from '../../../data/roadmap-template.json'
import {
  encodeFirstFormat,
  MAX_SHARE_CHARS,
  MAX_SHARED_BYTES,
  useShareLink,
} from '@/composables/useShareLink'
import { validateContent } from '@/domain/content'
import { generateRoadmap, MENTOR_ANSWERS } from '@/domain/generate'
import { STATUSES } from '@/domain/schema'
import { milestone, roadmap } from '../helpers'

/** base64url of raw deflate, as the app packs links. */
async function pack(text: string): Promise<string> {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream('deflate-raw'))
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer())
  return Buffer.from(bytes).toString('base64url')
}

const content = validateContent(adviceRaw, templateRaw)
if (!content.ok) throw new Error(content.problems.join('\n'))
const defaultRoadmap = generateRoadmap(content.value.template, MENTOR_ANSWERS, {
  id: 'r',
  name: 'AI engineer roadmap',
  now: new Date('2026-05-01T00:00:00Z'),
})

describe('useShareLink', () => {
  const { encode, decode } = useShareLink()
  const sample = roadmap([milestone('a'), milestone('b')], [{ from: 'a', to: 'b' }], {
    name: '<img src=x onerror=alert(1)>',
  })

  it('round-trips a roadmap through a short, URL-safe hash', async () => {
    const encoded = await encode(sample)
    expect(encoded.ok).toBe(true)
    if (!encoded.ok) return
    expect(encoded.hash).toMatch(/^2\.[A-Za-z0-9_-]+$/)
    const shared = await decode(`#${encoded.hash}`)
    expect(shared.ok).toBe(true)
    if (!shared.ok) return
    expect(shared.format).toBe(2)
    expect(shared.roadmap.name).toBe(sample.name)
    expect(shared.roadmap.milestones.map((m) => m.title)).toEqual(
      sample.milestones.map((m) => m.title),
    )
    expect(shared.roadmap.edges).toEqual([{ from: 'm1', to: 'm2' }])
  })

  it('makes the default roadmap’s link short, with or without progress', async () => {
    const withProgress = {
      ...defaultRoadmap,
      // A quarter done, some in progress, every card placed by hand.
      milestones: defaultRoadmap.milestones.map((m, i) => ({
        ...m,
        status: m.status === 'skipped' ? m.status : STATUSES[i % 3]!,
        position: { x: (i % 7) * 260.4, y: Math.floor(i / 7) * 120.2 },
      })),
    }
    const lengths: Record<string, number> = {}
    for (const [label, r] of [
      ['default', defaultRoadmap],
      ['with progress and positions', withProgress],
    ] as const)
      for (const languages of ['ko', 'en', 'both'] as const) {
        const encoded = await encode(r, languages)
        if (!encoded.ok) throw new Error('too long')
        lengths[`${label}, ${languages}`] = encoded.hash.length
        const shared = await decode(encoded.hash)
        expect(shared.ok && shared.roadmap.milestones.length).toBe(r.milestones.length)
      }
    const before = (await encodeFirstFormat(defaultRoadmap)).length
    // The figures for the issue: `npx vitest run tests/unit/composables/useShareLink.test.ts`.
    console.log(`share link hash lengths (first format: ${before}):`, lengths)
    expect(lengths['default, ko']).toBeLessThanOrEqual(2_000)
    expect(lengths['default, en']).toBeLessThanOrEqual(2_000)
    expect(lengths['default, both']).toBeLessThan(before / 5)
  })

  it('still opens links of the first format', async () => {
    const hash = await encodeFirstFormat(sample)
    expect(hash).toMatch(/^[A-Za-z0-9_-]+$/)
    const shared = await decode(`#${hash}`)
    expect(shared.ok && shared.format).toBe(1)
    if (shared.ok) expect(shared.roadmap).toEqual(sample)
  })

  it('says a broken, cut-off or changed link is broken', async () => {
    const encoded = await encode(defaultRoadmap, 'en')
    if (!encoded.ok) throw new Error('encode')
    const old = await encodeFirstFormat(sample)
    for (const hash of [
      '',
      '#',
      '#not*base64',
      `#${encoded.hash.slice(0, -12)}`,
      `#${encoded.hash.slice(0, encoded.hash.length / 2)}`,
      `#2.AAAA${encoded.hash.slice(2)}`,
      `#${old.slice(0, -12)}`,
      `#AAAA${old}`,
      `#1.${encoded.hash.slice(2)}`,
      `#2.${await pack('{"v":2}')}`,
      `#2.${await pack('not json')}`,
      `#${await pack('{"format":"ml-roadmap-planner","kind":"backup","schemaVersion":1}')}`,
    ])
      expect(await decode(hash), hash.slice(0, 40)).toEqual({ ok: false, problem: 'broken' })
  })

  it('says a link from a newer version is newer', async () => {
    expect(await decode('#3.AAAA')).toEqual({ ok: false, problem: 'newer' })
    const newer = JSON.stringify({
      format: 'ml-roadmap-planner',
      kind: 'roadmap',
      schemaVersion: 999,
      data: {},
    })
    expect(await decode(`#${await pack(newer)}`)).toEqual({ ok: false, problem: 'newer' })
  })

  it('refuses links over the caps before and after unpacking (a zip bomb)', async () => {
    expect(await decode(`#2.${'A'.repeat(MAX_SHARE_CHARS)}`)).toEqual({
      ok: false,
      problem: 'too-large',
    })
    // A few kilobytes of link that unpack to more than the cap.
    const bomb = await pack(' '.repeat(MAX_SHARED_BYTES + 1))
    expect(bomb.length).toBeLessThan(3_000)
    expect(await decode(`#2.${bomb}`)).toEqual({ ok: false, problem: 'too-large' })
    const oldBomb = await pack(' '.repeat(6 * 1024 * 1024))
    expect(await decode(`#${oldBomb}`)).toEqual({ ok: false, problem: 'too-large' })
  })

  it('refuses to make a link over the cap', async () => {
    // Random titles do not compress: about 1.4 characters of link per character.
    const noise = Array.from({ length: 600 }, (_, i) =>
      milestone(`m${i}`, {
        title: {
          ko: Array.from({ length: 200 }, () => Math.random().toString(36)[2]).join(''),
          en: Array.from({ length: 200 }, () => Math.random().toString(36)[2]).join(''),
        },
      }),
    )
    const result = await encode(roadmap(noise))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.size).toBeGreaterThan(MAX_SHARE_CHARS)
  })
})
