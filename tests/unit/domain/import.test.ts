import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bracketPath, exportBackup, exportRoadmap, parseImportFile } from '@/domain/import'
import { unwrap } from '@/domain/unwrap'

const dir = join(process.cwd(), 'tests', 'fixtures', 'bad-input')
const corpus = readdirSync(dir).filter((f) => f.endsWith('.json'))
/** Files whose content is hostile only as text: they import, and stay plain text. */
const SAFE = new Set([
  'xss-title.json',
  'xss-notes-and-name.json',
  'rtl-zero-width.json',
  'emoji.json',
  'roadmapsh-unknown-types.json',
  'roadmapsh-cycle.json',
])

const v2 = unwrap(
  JSON.parse(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'schema-v2.json'), 'utf8')),
)
if (!v2.ok) throw new Error('fixture')
const data = v2.data
const roadmap = data.roadmaps[0]!

describe('exports round-trip', () => {
  it('one roadmap with its time log', () => {
    const file = JSON.stringify(exportRoadmap(roadmap, data.timeLogs[roadmap.id]!))
    expect(parseImportFile(file)).toEqual({
      ok: true,
      kind: 'roadmap',
      value: { roadmap, timeLog: data.timeLogs[roadmap.id] },
    })
  })

  it('a full backup', () => {
    expect(parseImportFile(JSON.stringify(exportBackup(data)))).toEqual({
      ok: true,
      kind: 'backup',
      value: data,
    })
  })

  it('an export of schema 1 is migrated', () => {
    const v1 = JSON.parse(
      readFileSync(join(process.cwd(), 'tests', 'fixtures', 'schema-v1.json'), 'utf8'),
    )
    const r1 = v1.data.roadmaps[0]
    const result = parseImportFile(
      JSON.stringify({
        format: 'ml-roadmap-planner',
        kind: 'roadmap',
        schemaVersion: 1,
        exportedAt: '',
        data: { roadmap: r1 },
      }),
    )
    expect(result.ok && result.kind === 'roadmap' && result.value.roadmap.id).toBe(r1.id)
  })
})

describe('errors say where and what', () => {
  it('names the field with bracketed indexes relative to the roadmap', () => {
    const bad = structuredClone(roadmap)
    ;(bad.milestones[12] as { estimateHours: number }).estimateHours = -3
    const result = parseImportFile(JSON.stringify(exportRoadmap(bad, null)))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors[0]!.path).toBe('milestones[12].estimateHours')
    expect(result.errors[0]!.message).toMatch(/0/)
  })

  it('converts dot paths', () => {
    expect(bracketPath('roadmaps.0.milestones.12.estimateHours')).toBe(
      'roadmaps[0].milestones[12].estimateHours',
    )
  })
})

describe('the bad-input corpus', () => {
  it('has at least 30 files', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30)
  })

  it.each(corpus)('%s: a clear error or a safe import, never a throw or pollution', (file) => {
    const text = readFileSync(join(dir, file), 'utf8')
    const result = parseImportFile(text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    if (SAFE.has(file)) {
      expect(result.ok ? [] : result.errors).toEqual([])
      if (result.ok && result.kind !== 'backup') {
        // Text stays exactly text: nothing is stripped or interpreted.
        for (const m of result.value.roadmap.milestones) expect(typeof m.title.en).toBe('string')
      }
    } else {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.errors.length).toBeGreaterThan(0)
        for (const e of result.errors) {
          expect(typeof e.path).toBe('string')
          expect(e.message.length).toBeGreaterThan(3)
          expect(e.code).toMatch(/^[a-z-]+$/)
        }
      }
    }
  })

  it('refuses a 10 MB file before parsing it', () => {
    const huge = `{"format":"ml-roadmap-planner","pad":"${'x'.repeat(10 * 1024 * 1024)}"}`
    expect(parseImportFile(huge)).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message: 'the file is larger than 5 MB',
          code: 'too-large',
          params: { max: 5 },
        },
      ],
    })
  })

  it('keeps script payloads as plain text', () => {
    const result = parseImportFile(readFileSync(join(dir, 'xss-title.json'), 'utf8'))
    expect(
      result.ok && result.kind === 'roadmap' && result.value.roadmap.milestones[0]!.title.ko,
    ).toBe('<script>window.__xss=1</script>')
  })
})

describe('roadmap.sh', () => {
  it('turns topics and subtopics into milestones and edges into prerequisites, dropping the rest', () => {
    const result = parseImportFile(readFileSync(join(dir, 'roadmapsh-unknown-types.json'), 'utf8'))
    if (!result.ok || result.kind !== 'roadmapsh') throw new Error('expected a roadmap.sh import')
    const r = result.value.roadmap
    expect(r.milestones.map((m) => m.title.en)).toEqual(['Python', 'NumPy'])
    expect(r.milestones[1]!.position).toEqual({ x: 10, y: 80 })
    expect(r.edges).toEqual([{ from: 'rs-1', to: 'rs-2' }])
    expect(result.value.notices).toContainEqual({ code: 'dropped-nodes', count: 4 })
    expect(result.value.notices).toContainEqual({ code: 'default-hours', count: 4 })
  })

  it('breaks cycles with a notice', () => {
    const result = parseImportFile(readFileSync(join(dir, 'roadmapsh-cycle.json'), 'utf8'))
    if (!result.ok || result.kind !== 'roadmapsh') throw new Error('expected a roadmap.sh import')
    expect(result.value.roadmap.edges).toHaveLength(2)
    expect(result.value.notices).toContainEqual({ code: 'cycles-left-out', count: 1 })
  })
})
