import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, STORED_VERSION } from '@/domain/migrations'
import { unwrap } from '@/domain/unwrap'
import type { AppData } from '@/domain/schema'
import { decode, digestOf, isTextEnvelope, textEnvelope } from '@/storage/envelope'
import { encode } from '@/storage/json'

const fixtures = join(process.cwd(), 'tests', 'fixtures')
const read = (name: string): unknown => JSON.parse(readFileSync(join(fixtures, name), 'utf8'))
const now = () => Promise.resolve()
const v4Data = (): AppData => {
  const result = unwrap(read('schema-v4.json'))
  if (!result.ok) throw new Error(result.problems.join('; '))
  return result.data
}

describe('stored envelope (version 5: JSON text and its digest)', () => {
  it('round-trips data, trusted by its digest', async () => {
    const data = v4Data()
    const envelope = await encode(data, new Date('2027-02-01T00:00:00Z'))
    expect(envelope).toMatchObject({ schemaVersion: STORED_VERSION, dataVersion: SCHEMA_VERSION })
    expect(typeof envelope.data).toBe('string')
    expect(envelope.digest).toMatch(/^[0-9a-f]{64}$/)
    const decoded = await decode(structuredClone(envelope), now)
    expect(decoded).toMatchObject({ ok: true, trusted: true, migratedFrom: null })
    expect(decoded.ok && decoded.data).toEqual(data)
  })

  it('validates in full a copy whose text does not match its digest', async () => {
    const envelope = await encode(v4Data(), new Date())
    const roadmaps = (JSON.parse(envelope.data) as AppData).roadmaps
    // Edited by hand into data that no longer validates: refused, not trusted.
    const broken = JSON.stringify({ ...JSON.parse(envelope.data), activeRoadmapId: 'missing' })
    expect(await decode({ ...envelope, data: broken }, now)).toMatchObject({
      ok: false,
      reason: 'invalid',
    })
    // Still valid, only renamed: read, validated in full, not trusted.
    const renamed = JSON.stringify({
      ...JSON.parse(envelope.data),
      roadmaps: [{ ...roadmaps[0], name: 'Renamed' }, ...roadmaps.slice(1)],
    })
    const result = await decode({ ...envelope, data: renamed }, now)
    expect(result).toMatchObject({ ok: true })
    expect(result.ok && 'trusted' in result).toBe(false)
    expect(await decode({ ...envelope, data: '{ not json' }, now)).toMatchObject({
      ok: false,
      reason: 'invalid',
    })
  })

  it('does not trust a copy written without a digest (a write during pagehide)', async () => {
    const envelope = textEnvelope(JSON.stringify(v4Data()), new Date(), false)
    expect(envelope.digest).toBeNull()
    const result = await decode(envelope, now)
    expect(result).toMatchObject({ ok: true })
    expect(result.ok && 'trusted' in result).toBe(false)
  })

  it('binds the digest to the stored version and the validation rules, not the text alone', async () => {
    const envelope = await encode(v4Data(), new Date())
    expect(envelope.digest).toBe(await digestOf(envelope.data))
    const plain = new Uint8Array(
      await crypto.subtle.digest('SHA-256', new TextEncoder().encode(envelope.data)),
    )
    const hex = Array.from(plain, (b) => b.toString(16).padStart(2, '0')).join('')
    expect(envelope.digest).not.toBe(hex)
  })

  it('computes the same digest a slice at a time, whatever characters end a slice', async () => {
    // Text of 64 Ki characters or more is encoded by slices of 16,384 characters: a surrogate
    // pair (an emoji), a three-byte character and a two-byte one across a slice's end, and text
    // that outgrows the room made for one-byte text.
    const slice = 1 << 14
    const texts = [
      `${'a'.repeat(4 * slice - 1)}😀${'b'.repeat(10)}`,
      `${'a'.repeat(4 * slice - 2)}é한😀${'c'.repeat(slice)}`,
      '한😀é'.repeat(3 * slice),
      '',
    ]
    for (const text of texts) expect(await digestOf(text, now)).toBe(await digestOf(text))
  })

  it('says "newer version" for a stored version above its own', async () => {
    const envelope = await encode(v4Data(), new Date())
    expect(await decode({ ...envelope, schemaVersion: STORED_VERSION + 1 }, now)).toMatchObject({
      ok: false,
      reason: 'future-version',
    })
  })

  it('is taken by builds of schema 4 for a newer version’s data, never for unreadable data', async () => {
    // Builds before stored version 5 read every stored value with `unwrap` (the code below, which
    // this change leaves as it was) and refuse to write over a `schemaVersion` above 4.
    const envelope = await encode(v4Data(), new Date())
    expect(envelope.schemaVersion).toBeGreaterThan(4)
    expect('data' in envelope).toBe(true)
    expect(unwrap(envelope)).toMatchObject({ ok: false, reason: 'future-version' })
  })

  it('still reads the copies stored by earlier versions (schema 1–4 objects)', async () => {
    for (const name of ['schema-v1.json', 'schema-v2.json', 'schema-v3.json', 'schema-v4.json']) {
      const raw = read(name)
      expect(isTextEnvelope(raw)).toBe(false)
      const result = await decode(raw, now)
      expect(result).toMatchObject({ ok: true })
      expect(result).toEqual(unwrap(read(name)))
    }
  })

  it('reads the version 5 fixture as this build wrote it (trusted)', async () => {
    const raw = read('stored-v5.json')
    expect(isTextEnvelope(raw)).toBe(true)
    const result = await decode(raw, now)
    expect(result).toMatchObject({ ok: true, trusted: true })
    expect(result.ok && result.data).toEqual(v4Data())
  })
})
