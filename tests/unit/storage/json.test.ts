import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { deepFreeze } from '@/domain/frozen'
import { validateAppData } from '@/domain/migrations'
import { unwrap } from '@/domain/unwrap'
import type { AppData, TimeEntry } from '@/domain/schema'
import { toJson, warmJson } from '@/storage/json'

const fixture = (): AppData => {
  const raw: unknown = JSON.parse(
    readFileSync(join(process.cwd(), 'tests', 'fixtures', 'schema-v4.json'), 'utf8'),
  )
  const result = unwrap(raw)
  if (!result.ok) throw new Error(result.problems.join('; '))
  return result.data
}

describe('toJson', () => {
  it('writes the same text as JSON.stringify, frozen records or not', () => {
    const data = fixture()
    const text = JSON.stringify(data)
    expect(toJson(data)).toBe(text)
    validateAppData(data) // freezes the records
    expect(toJson(data)).toBe(text)
    expect(toJson(data)).toBe(text) // from the cache
    expect(toJson({ a: undefined, b: [undefined, 1], c: null })).toBe(
      JSON.stringify({ a: undefined, b: [undefined, 1], c: null }),
    )
  })

  it('writes an edit: a new record next to remembered ones', async () => {
    const data = fixture()
    validateAppData(data)
    await warmJson(data, () => Promise.resolve())
    const id = Object.keys(data.timeLogs)[0]!
    const log = data.timeLogs[id]!
    const entries: TimeEntry[] = Array.from({ length: 40 }, (_, i) => ({
      id: `e-${i}`,
      day: '2027-01-02',
      minutes: 30 + i,
      track: data.roadmaps[0]!.tracks[0]!.id,
      milestone: null,
      note: i ? '' : 'first "quoted" note',
      createdAt: '2027-01-02T10:00:00.000Z',
    }))
    const before = { ...data, timeLogs: { ...data.timeLogs, [id]: { ...log, entries } } }
    validateAppData(before)
    expect(toJson(before)).toBe(JSON.stringify(before))
    const edited = {
      ...before,
      timeLogs: {
        ...before.timeLogs,
        [id]: {
          ...before.timeLogs[id]!,
          entries: [...entries.slice(1), { ...entries[0]!, minutes: 99 }],
        },
      },
    }
    expect(toJson(edited)).toBe(JSON.stringify(edited))
  })

  it('never serves a stale text: only deep-frozen objects are remembered', () => {
    const shallow = Object.freeze({ inner: { n: 1 } })
    expect(toJson(shallow)).toBe('{"inner":{"n":1}}')
    ;(shallow.inner as { n: number }).n = 2
    expect(toJson(shallow)).toBe('{"inner":{"n":2}}')
    const deep = deepFreeze({ inner: { n: 1 } })
    expect(toJson(deep)).toBe('{"inner":{"n":1}}')
  })
})

describe('toJson of long lists, by slices', () => {
  const record = (i: number) => deepFreeze({ id: `r-${i}`, n: i, tags: [`t${i % 3}`] })
  const list = (ids: number[]) => deepFreeze(ids.map(record))
  const range = (n: number) => Array.from({ length: n }, (_, i) => i)

  it('matches JSON.stringify after insertions and removals shift every slice', () => {
    const items = list(range(100))
    expect(toJson({ items })).toBe(JSON.stringify({ items }))
    const inserted = deepFreeze([record(-1), ...items])
    expect(toJson({ items: inserted })).toBe(JSON.stringify({ items: inserted }))
    const removed = deepFreeze([...inserted.slice(0, 40), ...inserted.slice(41)])
    expect(toJson({ items: removed })).toBe(JSON.stringify({ items: removed }))
    expect(toJson({ items })).toBe(JSON.stringify({ items }))
  })

  it('never serves a slice whose first record is the same but the rest is not', () => {
    const items = list(range(64))
    expect(toJson(items)).toBe(JSON.stringify(items))
    const edited = deepFreeze(items.map((x, i) => (i === 5 ? record(500) : x)))
    expect(toJson(edited)).toBe(JSON.stringify(edited))
    const shorter = deepFreeze(items.slice(0, 40))
    expect(toJson(shorter)).toBe(JSON.stringify(shorter))
  })

  it('serialises lists of records that are not frozen, and of primitives, without remembering', () => {
    const loose = range(50).map((i) => ({ id: `r-${i}`, n: i }))
    expect(toJson(loose)).toBe(JSON.stringify(loose))
    loose[3]!.n = 99
    expect(toJson(loose)).toBe(JSON.stringify(loose))
    const numbers = deepFreeze(range(70))
    expect(toJson(numbers)).toBe(JSON.stringify(numbers))
  })
})
