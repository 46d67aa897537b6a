import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { setStatuses } from '@/domain/editing'
import { chooseOption, findCycle, type GraphResult } from '@/domain/graph'
import { CARD_HEIGHT, CARD_WIDTH } from '@/domain/graphGeometry'
import { generateRoadmap, MENTOR_ANSWERS } from '@/domain/generate'
import { newTimeLog } from '@/domain/allocation'
import { emptyAppData, validateAppData } from '@/domain/migrations'
import {
  BACKENDS,
  FRONTENDS,
  STATUSES,
  type Evidence,
  type Milestone,
  type Roadmap,
  type Template,
  type TemplateChoiceGroup,
} from '@/domain/schema'
import {
  planTemplateUpdate,
  RELEASED_TEMPLATES,
  releasedTemplateOf,
  renamesBetween,
  type TemplateUpdate,
  type TemplateUpdateOptions,
} from '@/domain/templateUpdate'
import { template as appTemplate } from '@/template'
import { templateMilestone, text } from '../helpers'

const now = new Date('2026-06-01T10:00:00Z')

const tm = templateMilestone

function group(
  id: string,
  question: TemplateChoiceGroup['question'],
  options: [string, string][],
): TemplateChoiceGroup {
  return {
    id,
    question,
    title: text(id),
    options: options.map(([answer, milestone]) => ({ answer, milestone })),
    mentorPick: options[0]![0],
    reason: text(`${id} reason`),
    advice: ['papers'],
  }
}

const tracks: Template['tracks'] = [
  { id: 'ml', kind: 'ml', title: text('ML'), description: text('ML track'), color: '#3b5bdb' },
  { id: 'web', kind: 'other', title: text('Web'), description: text('Web'), color: '#c2255c' },
]

/** The older template: what the roadmaps in these tests were made from. */
const A: Template = {
  templateVersion: 1,
  tracks,
  milestones: [
    tm('basics', [], { links: [{ label: 'Course', url: 'https://a.test/course' }] }),
    tm('papers'),
    tm('reproduce', ['papers']),
    tm('dropped', ['basics']),
    tm('dropped-done'),
    tm('dropped-notes'),
    tm('dropped-link', [], { links: [{ label: 'Docs', url: 'https://a.test/docs' }] }),
    tm('dropped-evidence'),
    tm('dropped-logged'),
    tm('django', [], { track: 'web' }),
    tm('flask', [], { track: 'web' }),
    tm('react', [], { track: 'web' }),
    tm('vue', [], { track: 'web' }),
  ],
  choiceGroups: [
    group('backend', 'backend', [
      ['django', 'django'],
      ['flask', 'flask'],
    ]),
    group('frontend', 'frontend', [
      ['react', 'react'],
      ['vue', 'vue'],
    ]),
  ],
}

/** The revised template: texts and estimates changed, milestones added and dropped. */
const B: Template = {
  templateVersion: 2,
  tracks: [
    tracks[0]!,
    { ...tracks[1]!, title: text('Web, revised') },
    { id: 'ops', kind: 'other', title: text('Ops'), description: text('Ops'), color: '#2b8a3e' },
  ],
  milestones: [
    tm('basics', [], {
      title: text('Basics, revised'),
      estimateHours: 20,
      links: [{ label: 'Course', url: 'https://a.test/course-2' }],
      evidence: 'paper',
    }),
    tm('papers', ['basics']),
    tm('reproduce', ['papers', 'basics']),
    tm('demo', ['reproduce'], { track: 'ops' }),
    tm('django', [], { track: 'web' }),
    tm('flask', [], { track: 'web' }),
    tm('spring', [], { track: 'web' }),
    tm('react', [], { track: 'web' }),
    tm('vue', [], { track: 'web' }),
  ],
  choiceGroups: [
    group('backend', 'backend', [
      ['django', 'django'],
      ['flask', 'flask'],
      ['spring', 'spring'],
    ]),
  ],
}

const paperEvidence: Evidence = {
  papers: [
    {
      id: 'p1',
      title: 'Attention is all you need',
      venue: 'NeurIPS',
      year: 2017,
      url: null,
      takeaway: '',
      readOn: '2026-05-01',
    },
  ],
  reproductions: [],
  project: null,
}

function must(result: GraphResult): Roadmap {
  if (!result.ok) throw new Error(result.error.kind)
  return result.roadmap
}

const made = () =>
  generateRoadmap(A, MENTOR_ANSWERS, { id: 'r1', name: 'Mine', now: new Date('2026-01-01') })

function edit(r: Roadmap, id: string, patch: Partial<Milestone>): Roadmap {
  return { ...r, milestones: r.milestones.map((m) => (m.id === id ? { ...m, ...patch } : m)) }
}

function plan(r: Roadmap, template = B, opts: Partial<TemplateUpdateOptions> = {}) {
  return planTemplateUpdate(r, template, { now, released: releasedTemplateOf(A), ...opts })
}
function planned(r: Roadmap, template = B, opts: Partial<TemplateUpdateOptions> = {}) {
  const p = plan(r, template, opts)
  if (!p) throw new Error('expected an update')
  return p
}
const byId = (r: Roadmap, id: string) => r.milestones.find((m) => m.id === id)
const ids = (list: readonly Milestone[]) => list.map((m) => m.id)

function storable(r: Roadmap, timeLogOf: Roadmap = r): string[] {
  const valid = validateAppData({
    ...emptyAppData(),
    roadmaps: [r],
    activeRoadmapId: r.id,
    timeLogs: { [r.id]: newTimeLog(timeLogOf) },
  })
  return valid.ok ? [] : valid.problems
}

describe('planTemplateUpdate', () => {
  it('has nothing to offer for a roadmap as new as the template, or not made from one', () => {
    const r = made()
    expect(plan(r, A)).toBeNull()
    expect(plan({ ...r, templateVersion: 2 })).toBeNull()
    expect(plan({ ...r, templateVersion: 0 })).toBeNull() // e.g. an import from roadmap.sh
    expect(plan(r)).not.toBeNull()
  })

  it('takes the template’s content and keeps the user’s progress', () => {
    const userLink = { label: 'My notes', url: 'https://me.test/notes' }
    let r = must(setStatuses(made(), ['basics'], 'done', new Date('2026-02-02')))
    r = edit(r, 'basics', {
      notes: 'Finished week 3',
      links: [...byId(r, 'basics')!.links, userLink],
      evidence: paperEvidence,
      position: { x: 5, y: 6 },
    })
    const u = planned(r)
    const basics = byId(u.next, 'basics')!
    expect(basics).toMatchObject({
      title: text('Basics, revised'),
      estimateHours: 20,
      status: 'done',
      statusChangedAt: '2026-02-02T00:00:00.000Z',
      notes: 'Finished week 3',
      evidence: paperEvidence,
      evidenceKind: 'paper',
      position: { x: 5, y: 6 },
    })
    // The template's link is the new template's; the user's own link stays.
    expect(basics.links.map((l) => l.url)).toEqual(['https://a.test/course-2', userLink.url])
    expect(u.changed.find((c) => c.id === 'basics')).toMatchObject({
      before: { title: text('basics') },
      after: { title: text('Basics, revised') },
      fields: ['title', 'estimateHours'],
    })
    expect(u.changed.find((c) => c.id === 'reproduce')?.fields).toEqual(['prerequisites'])
    expect(u.next).toMatchObject({
      id: 'r1',
      name: 'Mine',
      createdAt: r.createdAt,
      updatedAt: now.toISOString(),
      templateVersion: 2,
    })
    expect(storable(u.next, r)).toEqual([])
  })

  it('adds the new template’s milestones and edges', () => {
    const u = planned(made())
    expect(ids(u.added)).toEqual(['demo', 'spring'])
    expect(u.next.edges).toContainEqual({ from: 'reproduce', to: 'demo' })
    expect(u.next.edges).toContainEqual({ from: 'basics', to: 'papers' })
    expect(u.next.choiceGroups.map((g) => g.id)).toEqual(['backend'])
  })

  it('removes dropped milestones without progress and keeps those with it, out of any group', () => {
    let r = made()
    r = must(setStatuses(r, ['dropped-done'], 'done'))
    r = edit(r, 'dropped-notes', { notes: 'half way' })
    r = edit(r, 'dropped-link', {
      links: [...byId(r, 'dropped-link')!.links, { label: 'Mine', url: 'https://me.test' }],
    })
    r = edit(r, 'dropped-evidence', { evidence: paperEvidence })
    // The template's own link, an empty note and an empty evidence record are no progress.
    r = edit(r, 'dropped', {
      notes: '  ',
      evidence: { papers: [], reproductions: [], project: null },
    })
    const u = planned(r, B, { loggedMilestones: ['dropped-logged'] })
    expect(ids(u.removed)).toEqual(['dropped'])
    expect(ids(u.kept)).toEqual([
      'dropped-done',
      'dropped-notes',
      'dropped-link',
      'dropped-evidence',
      'dropped-logged',
    ])
    expect(byId(u.next, 'dropped')).toBeUndefined()
    expect(byId(u.next, 'dropped-notes')).toEqual(byId(r, 'dropped-notes'))
    expect(storable(u.next, r)).toEqual([])
  })

  it('keeps a kept milestone free of its choice group', () => {
    const noBackend: Template = {
      ...B,
      milestones: B.milestones.filter((m) => m.id !== 'django'),
      choiceGroups: [
        group('backend', 'backend', [
          ['flask', 'flask'],
          ['spring', 'spring'],
        ]),
      ],
    }
    const r = must(setStatuses(made(), ['django'], 'in-progress'))
    const u = planned(r, noBackend)
    expect(ids(u.kept)).toEqual(['django'])
    expect(byId(u.next, 'django')!.choiceGroup).toBeUndefined()
    expect(byId(u.next, 'django')!.status).toBe('in-progress')
    expect(storable(u.next, r)).toEqual([])
  })

  it('leaves the user’s own milestones and their edges alone, dropping edges that would loop', () => {
    const mine = {
      ...byId(made(), 'papers')!,
      id: 'mine',
      title: { ko: '', en: 'Mine' },
      notes: 'x',
    }
    const r: Roadmap = {
      ...made(),
      milestones: [...made().milestones, mine],
      // papers → mine → basics is fine in A; B adds basics → papers, which would close a loop.
      edges: [
        ...made().edges,
        { from: 'papers', to: 'mine' },
        { from: 'mine', to: 'basics' },
        { from: 'mine', to: 'dropped' },
      ],
    }
    expect(findCycle(ids(r.milestones), r.edges)).toBeNull()
    const u = planned(r)
    expect(byId(u.next, 'mine')).toEqual(mine)
    expect(u.next.edges).toContainEqual({ from: 'papers', to: 'mine' })
    expect(u.next.edges).not.toContainEqual({ from: 'mine', to: 'basics' })
    expect(u.next.edges.some((e) => e.to === 'dropped')).toBe(false)
    expect(findCycle(ids(u.next.milestones), u.next.edges)).toBeNull()
    expect(u.removed.concat(u.kept).map((m) => m.id)).not.toContain('mine')
  })

  it('follows the option the user switched to, and keeps a started option that is not chosen', () => {
    // Made with Django (the mentor's pick); the user started Django, then switched to Flask.
    let r = must(setStatuses(made(), ['django'], 'in-progress'))
    r = must(chooseOption(r, 'backend', 'flask'))
    r = must(setStatuses(r, ['django'], 'in-progress'))
    const u = planned(r)
    expect(u.next.choiceGroups[0]).toMatchObject({ id: 'backend', chosen: 'flask' })
    const status = (id: string) => byId(u.next, id)!.status
    expect([status('django'), status('flask'), status('spring')]).toEqual([
      'in-progress',
      'todo',
      'skipped',
    ])
    expect(u.next.answers).toEqual(r.answers)
  })

  it('gives an option skipped only because it was not chosen the new template’s status', () => {
    // A skipped Vue as React's alternative; B drops the group, so Vue becomes a plain milestone.
    const r = edit(made(), 'react', { skipReason: 'I know React already', status: 'skipped' })
    const u = planned(r)
    expect(byId(r, 'vue')!.status).toBe('skipped')
    expect(byId(u.next, 'vue')).toMatchObject({
      status: 'todo',
      statusChangedAt: now.toISOString(),
    })
    expect(byId(u.next, 'vue')!.choiceGroup).toBeUndefined()
    // Skipped by the user, with a reason: stays skipped.
    expect(byId(u.next, 'react')).toMatchObject({
      status: 'skipped',
      skipReason: 'I know React already',
    })
    expect(u.changed.find((c) => c.id === 'vue')?.fields).toEqual(['status'])
  })

  it('keeps a choice of none of the options', () => {
    const r = must(chooseOption(made(), 'backend', null))
    const u = planned(r)
    expect(u.next.choiceGroups[0]!.chosen).toBeNull()
    expect(['django', 'flask', 'spring'].map((id) => byId(u.next, id)!.status)).toEqual([
      'skipped',
      'skipped',
      'skipped',
    ])
  })

  it('moves progress to a renamed milestone', () => {
    const renamedB: Template = {
      ...B,
      milestones: B.milestones.map((m) =>
        m.id === 'papers'
          ? { ...m, id: 'read-papers' }
          : {
              ...m,
              prerequisites: m.prerequisites.map((p) => (p === 'papers' ? 'read-papers' : p)),
            },
      ),
    }
    const r = edit(made(), 'papers', { status: 'done', notes: 'three read' })
    const u = planned(r, renamedB, { renamed: { papers: 'read-papers' } })
    expect(byId(u.next, 'papers')).toBeUndefined()
    expect(byId(u.next, 'read-papers')).toMatchObject({ status: 'done', notes: 'three read' })
    expect(ids(u.added)).not.toContain('read-papers')
    expect(ids(u.kept)).not.toContain('papers')
    expect(u.next.edges).toContainEqual({ from: 'read-papers', to: 'reproduce' })
  })

  it('composes renames across versions', () => {
    const table = { 3: { a: 'b' }, 4: { b: 'c', x: 'y' } }
    expect(renamesBetween(2, 4, table)).toEqual({ a: 'c', b: 'c', x: 'y' })
    expect(renamesBetween(3, 4, table)).toEqual({ b: 'c', x: 'y' })
    expect(renamesBetween(4, 4, table)).toEqual({})
  })

  it('places new cards beside the cards the user arranged, overlapping none', () => {
    const r0 = made()
    const r: Roadmap = {
      ...r0,
      milestones: r0.milestones.map((m, i) => ({
        ...m,
        position: { x: 1000 + (i % 4) * 300, y: 500 + Math.floor(i / 4) * 120 },
      })),
    }
    const u = planned(r)
    expect(u.next.milestones.every((m) => m.position)).toBe(true)
    for (const m of u.next.milestones.filter((x) => byId(r, x.id)))
      expect(m.position).toEqual(byId(r, m.id)!.position)
    for (const a of u.added) {
      expect(a.position).toBeDefined()
      for (const other of u.next.milestones) {
        if (other.id === a.id) continue
        const overlap =
          Math.abs(other.position!.x - a.position!.x) < CARD_WIDTH &&
          Math.abs(other.position!.y - a.position!.y) < CARD_HEIGHT
        expect(overlap, `${a.id} overlaps ${other.id}`).toBe(false)
      }
    }
    // Laid out on the fly when nothing was placed.
    expect(planned(made()).next.milestones.some((m) => m.position)).toBe(false)
  })

  it('keeps every track the time log may refer to', () => {
    const u = planned(made())
    expect(u.next.tracks.map((t) => t.id)).toEqual(['ml', 'web', 'ops'])
    expect(u.next.tracks[1]!.title).toEqual(text('Web, revised'))
  })
})

describe('the released templates', () => {
  it('include the current template, as it is (add the entry with a new template version)', () => {
    expect(RELEASED_TEMPLATES[appTemplate.templateVersion]).toEqual(releasedTemplateOf(appTemplate))
  })

  it('update a roadmap of an older version to the current template, progress kept', () => {
    const old = generateRoadmap(appTemplate, MENTOR_ANSWERS, { id: 'r1', name: 'Old', now })
    const first = old.milestones[0]!.id
    const r = edit({ ...old, templateVersion: 1 }, first, { status: 'done', notes: 'done!' })
    const u = planTemplateUpdate(r, appTemplate, { now })!
    expect(u).not.toBeNull()
    expect(byId(u.next, first)).toMatchObject({ status: 'done', notes: 'done!' })
    expect(storable(u.next, r)).toEqual([])
    expect(planTemplateUpdate(u.next, appTemplate, { now })).toBeNull()
  })
})

// ---------------------------------------------------------------- properties

const POOL = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j']

/** A random template over the pool: its own milestone subset, order (so prerequisites) and groups. */
const templateArb = (version: number) =>
  fc
    .record({
      order: fc.shuffledSubarray(POOL, { minLength: 4 }),
      prereqs: fc.array(fc.array(fc.nat(9), { maxLength: 3 }), { minLength: 10, maxLength: 10 }),
      tracks: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      estimates: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 10, maxLength: 10 }),
      titles: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      links: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      backend: fc.integer({ min: 0, max: 3 }),
      frontend: fc.integer({ min: 0, max: 3 }),
      webTrack: fc.boolean(),
    })
    .map((t): Template => {
      const ids = t.order
      const milestones = ids.map((id, i) =>
        tm(
          id,
          t.prereqs[i]!.filter((p) => p < i).map((p) => ids[p]!),
          {
            track: t.tracks[i] ? 'ml' : t.webTrack ? 'web' : 'ops',
            estimateHours: t.estimates[i]!,
            ...(t.titles[i] ? { title: text(`${id} v${version}`) } : {}),
            ...(t.links[i]
              ? { links: [{ label: 'L', url: `https://t.test/${id}/${version}` }] }
              : {}),
          },
        ),
      )
      const groups: TemplateChoiceGroup[] = []
      // Back-end options from the end of the order, front-end ones before them: never shared.
      const backend = ids.slice(ids.length - t.backend)
      const frontend = ids.slice(
        Math.max(0, ids.length - t.backend - t.frontend),
        ids.length - t.backend,
      )
      if (backend.length >= 2)
        groups.push(
          group(
            'backend',
            'backend',
            backend.map((id, i) => [BACKENDS[i]!, id]),
          ),
        )
      if (frontend.length >= 2)
        groups.push(
          group(
            'frontend',
            'frontend',
            frontend.map((id, i) => [FRONTENDS[i]!, id]),
          ),
        )
      return {
        templateVersion: version,
        tracks: [
          tracks[0]!,
          t.webTrack
            ? tracks[1]!
            : {
                id: 'ops',
                kind: 'other',
                title: text('Ops'),
                description: text('O'),
                color: '#2b8a3e',
              },
        ],
        milestones,
        choiceGroups: groups,
      }
    })

const progressArb = fc.record({
  status: fc.constantFrom(...STATUSES),
  notes: fc.constantFrom('', 'a note'),
  skipReason: fc.option(fc.constant('not for me'), { nil: undefined }),
  evidence: fc.boolean(),
  link: fc.boolean(),
  logged: fc.boolean(),
  deleted: fc.boolean(),
})

const roadmapArb = fc
  .record({
    a: templateArb(1),
    answers: fc.record({
      backend: fc.constantFrom(...BACKENDS),
      frontend: fc.constantFrom(...FRONTENDS),
    }),
    progress: fc.array(progressArb, { minLength: 10, maxLength: 10 }),
    switches: fc.array(fc.option(fc.nat(3), { nil: null }), { minLength: 2, maxLength: 2 }),
    placed: fc.boolean(),
    own: fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 3 }),
  })
  .map(({ a, answers, progress, switches, placed, own }) => {
    let r = generateRoadmap(a, { ...MENTOR_ANSWERS, ...answers }, { id: 'r1', name: 'R', now })
    r.choiceGroups.forEach((g, i) => {
      const pick = switches[i]
      if (pick !== undefined)
        r = must(chooseOption(r, g.id, pick === null ? null : (g.options[pick] ?? null)))
    })
    const logged: string[] = []
    const milestones = r.milestones.flatMap((m, i): Milestone[] => {
      const p = progress[i]!
      if (p.deleted && p.status === 'todo' && !p.notes) return []
      if (p.logged) logged.push(m.id)
      return [
        {
          ...m,
          status: p.status,
          notes: p.notes,
          ...(p.skipReason && p.status === 'skipped' ? { skipReason: p.skipReason } : {}),
          ...(p.evidence ? { evidence: paperEvidence } : {}),
          links: p.link ? [...m.links, { label: 'Mine', url: `https://me.test/${m.id}` }] : m.links,
          ...(placed ? { position: { x: i * 250, y: (i % 3) * 100 } } : {}),
        },
      ]
    })
    const present = new Set(milestones.map((m) => m.id))
    // The user's own milestones, each after one template milestone and before another.
    const mine = own.map((_, i): Milestone => ({
      id: `own-${i}`,
      title: { ko: '', en: `Own ${i}` },
      track: r.tracks[0]!.id,
      status: 'in-progress',
      estimateHours: 3,
      notes: '',
      links: [],
      advice: [],
      ...(placed ? { position: { x: i * 250, y: 400 } } : {}),
    }))
    const edges = r.edges.filter((e) => present.has(e.from) && present.has(e.to))
    own.forEach(([from, to], i) => {
      const pool = [...present]
      const f = pool[from % pool.length]
      const t = pool[to % pool.length]
      if (f !== undefined) edges.push({ from: f, to: `own-${i}` })
      // Only when it closes no loop in the old roadmap (the old roadmap is valid).
      if (
        t !== undefined &&
        t !== f &&
        !findCycle([...pool, `own-${i}`], [...edges, { from: `own-${i}`, to: t }])
      )
        edges.push({ from: `own-${i}`, to: t })
    })
    const groups = r.choiceGroups
      .map((g) => ({
        ...g,
        options: g.options.filter((o) => present.has(o)),
        chosen: g.chosen !== null && present.has(g.chosen) ? g.chosen : null,
      }))
      .filter((g) => g.options.length >= 2)
    const roadmap: Roadmap = {
      ...r,
      milestones: [...milestones, ...mine],
      edges,
      choiceGroups: groups,
    }
    return { a, roadmap, logged }
  })

const hasProgress = (m: Milestone, templateUrls: readonly string[], logged: string[]) =>
  m.status === 'done' ||
  m.status === 'in-progress' ||
  m.notes.trim() !== '' ||
  (m.evidence?.papers.length ?? 0) > 0 ||
  m.links.some((l) => !templateUrls.includes(l.url)) ||
  logged.includes(m.id)

describe('planTemplateUpdate, properties', () => {
  const cases = fc.record({ old: roadmapArb, b: templateArb(2) })
  const update = (old: { a: Template; roadmap: Roadmap; logged: string[] }, b: Template) =>
    planTemplateUpdate(old.roadmap, b, {
      now,
      released: releasedTemplateOf(old.a),
      loggedMilestones: old.logged,
    }) as TemplateUpdate

  it('gives a valid roadmap: no dangling edge, no cycle, storable with the old time log', () => {
    fc.assert(
      fc.property(cases, ({ old, b }) => {
        expect(storable(old.roadmap)).toEqual([])
        const u = update(old, b)
        expect(storable(u.next, old.roadmap)).toEqual([])
        expect(findCycle(ids(u.next.milestones), u.next.edges)).toBeNull()
      }),
      { numRuns: 150 },
    )
  })

  it('keeps the progress of every milestone that remains, and every milestone with progress', () => {
    fc.assert(
      fc.property(cases, ({ old, b }) => {
        const u = update(old, b)
        const released = releasedTemplateOf(old.a)
        const groupOf = new Map(u.next.choiceGroups.map((g) => [g.id, g]))
        for (const m of old.roadmap.milestones) {
          const n = byId(u.next, m.id)
          const urls = released[m.id] ?? []
          if (!n) {
            expect(hasProgress(m, urls, old.logged), `${m.id} had progress`).toBe(false)
            expect(ids(u.removed)).toContain(m.id)
            continue
          }
          expect(n.notes).toBe(m.notes)
          expect(n.evidence).toEqual(m.evidence)
          expect(n.position).toEqual(m.position ?? n.position)
          expect(n.skipReason).toBe(m.skipReason)
          for (const l of m.links.filter((x) => !urls.includes(x.url)))
            expect(n.links).toContainEqual(l)
          const oldGroup = old.roadmap.choiceGroups.find((g) => g.id === m.choiceGroup)
          const wasUnchosen =
            m.status === 'skipped' && !m.skipReason && !!m.choiceGroup && oldGroup?.chosen !== m.id
          const nowUnchosen = !!n.choiceGroup && groupOf.get(n.choiceGroup)?.chosen !== n.id
          if (wasUnchosen) continue
          if (nowUnchosen && m.status === 'todo') expect(n.status).toBe('skipped')
          else expect(n.status).toBe(m.status)
        }
      }),
      { numRuns: 150 },
    )
  })

  it('is done once: the result needs no update, and updating it again changes nothing', () => {
    fc.assert(
      fc.property(cases, ({ old, b }) => {
        const u = update(old, b)
        expect(planTemplateUpdate(u.next, b, { now, released: releasedTemplateOf(b) })).toBeNull()
        const again = planTemplateUpdate({ ...u.next, templateVersion: 1 }, b, {
          now,
          released: releasedTemplateOf(b),
          loggedMilestones: old.logged,
        })!
        expect([again.added, again.removed, again.kept, again.changed]).toEqual([[], [], [], []])
        expect(again.next).toEqual(u.next)
      }),
      { numRuns: 150 },
    )
  })
})
