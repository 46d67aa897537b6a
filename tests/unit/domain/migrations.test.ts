import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  appDataChecks,
  emptyAppData,
  emptyProfile,
  SCHEMA_VERSION,
  validateAppData,
  wrap,
} from '@/domain/migrations'
import { runSteps } from '@/domain/steps'
import { unwrap } from '@/domain/unwrap'
import { chain } from '../helpers'

const fixtures = join(process.cwd(), 'tests', 'fixtures') + '/'

describe('envelopes', () => {
  it('wraps with the current schema version and unwraps to the same data', () => {
    const data = { ...emptyAppData(), roadmaps: [chain()], activeRoadmapId: 'r1' }
    const envelope = wrap(data, new Date('2026-01-01T00:00:00Z'))
    expect(envelope).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      savedAt: '2026-01-01T00:00:00.000Z',
    })
    expect(unwrap(JSON.parse(JSON.stringify(envelope)))).toEqual({
      ok: true,
      data,
      migratedFrom: null,
    })
  })

  it('refuses things that are not envelopes, future versions and bad data', () => {
    expect(unwrap(null)).toMatchObject({ ok: false, reason: 'not-an-envelope' })
    expect(unwrap({ data: {} })).toMatchObject({ ok: false, reason: 'not-an-envelope' })
    expect(unwrap({ schemaVersion: SCHEMA_VERSION + 1, savedAt: '', data: {} })).toMatchObject({
      ok: false,
      reason: 'future-version',
    })
    expect(unwrap({ schemaVersion: 1, savedAt: '', data: { roadmaps: [{}] } })).toMatchObject({
      ok: false,
      reason: 'invalid',
    })
  })

  it('refuses an active roadmap id that does not exist', () => {
    const result = unwrap(wrap({ ...emptyAppData(), activeRoadmapId: 'ghost' }))
    expect(result).toMatchObject({ ok: false, problems: ['the active roadmap does not exist'] })
  })
})

describe('validation a step at a time', () => {
  const two = () => {
    const a = chain()
    const b = { ...chain(), id: 'r2', edges: [...chain().edges, { from: 'c', to: 'a' }] }
    return { ...emptyAppData(), roadmaps: [a, b], activeRoadmapId: 'r1' }
  }

  it('gives what validateAppData gives, pausing between steps as their budget runs out', async () => {
    for (const data of [two(), { ...two(), roadmaps: [chain()] }, { roadmaps: 'no' }]) {
      let pauses = 0
      const pause = () => ((pauses += 1), Promise.resolve())
      // A budget of -1 ms is always spent: a pause after every step (at least one per roadmap,
      // and the logs; a roadmap's links and cycle search are steps of their own).
      const result = await runSteps(appDataChecks(data), pause, -1)
      expect(result).toEqual(validateAppData(data))
      let steps = 0
      // Counted on a copy: what was validated once is remembered, with fewer steps.
      for (const checks = appDataChecks(structuredClone(data)); !checks.next().done;) steps += 1
      expect(pauses).toBe(steps)
      expect(steps).toBeGreaterThan(Array.isArray(data.roadmaps) ? data.roadmaps.length : -1)
      // A budget never spent: no pause.
      pauses = 0
      expect(await runSteps(appDataChecks(data), pause, Infinity)).toEqual(result)
      expect(pauses).toBe(0)
    }
    expect(validateAppData(two())).toMatchObject({ ok: false })
  })
})

describe('every released schema version loads', () => {
  const files = readdirSync(fixtures).filter((f) => /^schema-v\d+\.json$/.test(f))

  it('has a fixture for every version up to the current one', () => {
    const versions = files.map((f) => Number(/\d+/.exec(f)![0])).sort((a, b) => a - b)
    expect(versions).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i + 1))
  })

  it.each(files)('%s loads and round-trips through the current version', (file) => {
    const envelope = JSON.parse(readFileSync(fixtures + file, 'utf8'))
    const first = unwrap(envelope)
    expect(first.ok ? [] : first.problems).toEqual([])
    if (!first.ok) return
    expect(first.data.roadmaps.length).toBeGreaterThan(0)
    const again = unwrap(JSON.parse(JSON.stringify(wrap(first.data))))
    expect(again).toEqual({ ok: true, data: first.data, migratedFrom: null })
  })
})

describe('v1 → v2', () => {
  it('gives every roadmap an empty time log planned at the mentor’s split, and no timer', () => {
    const v1 = JSON.parse(readFileSync(fixtures + 'schema-v1.json', 'utf8'))
    const result = unwrap(v1)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.migratedFrom).toBe(1)
    expect(result.data.timer).toBeNull()
    const r = result.data.roadmaps[0]!
    const log = result.data.timeLogs[r.id]!
    expect(log.entries).toEqual([])
    expect(log.mlBand).toEqual({ low: 0.7, high: 0.8 })
    expect(log.weeklyTargets.reduce((s, t) => s + t.minutes, 0)).toBe(r.weeklyHours * 60)
    const ml = new Set(r.tracks.filter((t) => t.kind === 'ml').map((t) => t.id))
    const mlMinutes = log.weeklyTargets
      .filter((t) => ml.has(t.track))
      .reduce((s, t) => s + t.minutes, 0)
    expect(mlMinutes / (r.weeklyHours * 60)).toBeCloseTo(0.75, 2)
  })

  it('gives the targets v2 shipped with (frozen in the step), whatever the defaults are now', () => {
    const v1 = JSON.parse(readFileSync(fixtures + 'schema-v1.json', 'utf8'))
    const result = unwrap(v1)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    const log = result.data.timeLogs[result.data.roadmaps[0]!.id]!
    // To the minute, ML tracks first: the quarter hours of today's `newTimeLog` came later.
    expect(log.weeklyTargets.map((t) => [t.track, t.minutes])).toEqual([
      ['ml-foundations', 158],
      ['ml-papers', 333],
      ['ml-product', 245],
      ['research', 75],
      ['problem-solving', 78],
      ['web-backend', 61],
      ['web-frontend', 52],
      ['infra', 24],
      ['career', 54],
    ])
  })
})

describe('v2 → v3', () => {
  it('gives template paper, reproduction and project milestones their evidence kind and every log an empty review list', () => {
    const v2 = JSON.parse(readFileSync(fixtures + 'schema-v2.json', 'utf8'))
    const result = unwrap(v2)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.migratedFrom).toBe(2)
    const r = result.data.roadmaps[0]!
    const kind = (id: string) => r.milestones.find((m) => m.id === id)?.evidenceKind
    expect(kind('read-papers')).toBe('paper')
    expect(kind('reproduce-paper')).toBe('reproduction')
    expect(kind('publish-service')).toBe('project')
    expect(kind('ml-math')).toBeUndefined()
    expect(r.milestones.every((m) => m.evidence === undefined)).toBe(true)
    expect(Object.values(result.data.timeLogs).every((l) => l.reviews.length === 0)).toBe(true)
  })

  it('leaves milestones of roadmaps not made from the template alone', () => {
    const v2 = JSON.parse(readFileSync(fixtures + 'schema-v2.json', 'utf8'))
    v2.data.roadmaps[0].templateVersion = 0
    const result = unwrap(v2)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.data.roadmaps[0]!.milestones.some((m) => m.evidenceKind)).toBe(false)
  })
})

describe('v3 → v4', () => {
  it('adds an empty profile and keeps every project without a name', () => {
    const v3 = JSON.parse(readFileSync(fixtures + 'schema-v3.json', 'utf8'))
    const result = unwrap(v3)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.migratedFrom).toBe(3)
    expect(result.data.profile).toEqual(emptyProfile())
    const projects = result.data.roadmaps[0]!.milestones.flatMap((m) =>
      m.evidence?.project ? [m.evidence.project] : [],
    )
    expect(projects.length).toBeGreaterThan(0)
    expect(projects.every((p) => p.name === undefined)).toBe(true)
  })

  it('reads the v4 fixture’s profile and project name as saved', () => {
    const v4 = JSON.parse(readFileSync(fixtures + 'schema-v4.json', 'utf8'))
    const result = unwrap(v4)
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.migratedFrom).toBeNull()
    expect(result.data.profile).toMatchObject({ name: '김민지', email: 'minji@example.com' })
    const demo = result.data.roadmaps[0]!.milestones.find((m) => m.id === 'demo-streamlit')
    expect(demo?.evidence?.project?.name).toBe('손글씨 숫자 인식 데모')
  })

  it('refuses a profile whose links are not http(s) or whose e-mail is not an address', () => {
    const v4 = JSON.parse(readFileSync(fixtures + 'schema-v4.json', 'utf8'))
    for (const profile of [
      { github: 'javascript:alert(1)' },
      { website: 'mailto:me@example.com' },
      { email: 'me@example.com?subject=(x)' },
      { email: 'not an address' },
    ]) {
      const bad = { ...v4, data: { ...v4.data, profile: { ...v4.data.profile, ...profile } } }
      expect(unwrap(bad), JSON.stringify(profile)).toMatchObject({ ok: false, reason: 'invalid' })
    }
  })
})
