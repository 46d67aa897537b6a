import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addMilestone,
  checkConnect,
  chooseOption,
  connect,
  descendants,
  disconnect,
  findCycle,
  findPath,
  structuralProblems,
  topologicalOrder,
} from '@/domain/graph'
import { createMilestone, removeMilestones } from '@/domain/editing'
import type { Roadmap } from '@/domain/schema'
import { chain, milestone, roadmap } from '../helpers'

describe('connect', () => {
  it('adds a prerequisite edge', () => {
    const r = connect(chain(), 'a', 'd')
    expect(r.ok && r.roadmap.edges).toContainEqual({ from: 'a', to: 'd' })
  })

  it('refuses an edge that closes a cycle and names the path', () => {
    const r = connect(chain(), 'c', 'a')
    expect(r).toEqual({
      ok: false,
      error: { kind: 'cycle', from: 'c', to: 'a', path: ['a', 'b', 'c', 'a'] },
    })
  })

  it('refuses self-loops, duplicates and unknown ids', () => {
    expect(checkConnect(chain(), 'a', 'a')?.kind).toBe('self-loop')
    expect(checkConnect(chain(), 'a', 'b')?.kind).toBe('duplicate-edge')
    expect(checkConnect(chain(), 'a', 'zz')?.kind).toBe('unknown-milestone')
  })

  it('does not change the roadmap it was given', () => {
    const before = chain()
    const copy = structuredClone(before)
    connect(before, 'a', 'd')
    expect(before).toEqual(copy)
  })
})

describe('milestones', () => {
  it('refuses a duplicate id and an unknown track', () => {
    expect(addMilestone(chain(), milestone('a'))).toMatchObject({
      ok: false,
      error: { kind: 'duplicate-id' },
    })
    expect(addMilestone(chain(), milestone('x', { track: 'nope' }))).toMatchObject({
      ok: false,
      error: { kind: 'unknown-track' },
    })
  })

  it('removing a milestone removes its edges: no dangling edge is left', () => {
    const r = removeMilestones(chain(), ['b'])
    expect(r.edges).toEqual([])
    expect(structuralProblems(r)).toEqual([])
  })

  it('disconnect removes only the named edge', () => {
    expect(disconnect(chain(), 'a', 'b').edges).toEqual([{ from: 'b', to: 'c' }])
  })
})

describe('choice groups', () => {
  const withGroup = (): Roadmap =>
    roadmap(
      [
        milestone('django', { choiceGroup: 'be' }),
        milestone('flask', { choiceGroup: 'be', status: 'skipped' }),
      ],
      [],
      {
        choiceGroups: [
          {
            id: 'be',
            question: 'backend',
            title: { ko: '백엔드', en: 'Backend' },
            options: ['django', 'flask'],
            chosen: 'django',
            mentorPick: 'django',
            reason: { ko: '파이썬', en: 'Python' },
            advice: [],
          },
        ],
      },
    )

  it('choosing an option skips the others and reopens the chosen one', () => {
    const r = chooseOption(withGroup(), 'be', 'flask')
    if (!r.ok) throw new Error('refused')
    expect(r.roadmap.milestones.map((m) => [m.id, m.status])).toEqual([
      ['django', 'skipped'],
      ['flask', 'todo'],
    ])
    expect(r.roadmap.choiceGroups[0]?.chosen).toBe('flask')
  })

  it('removing an option leaves the group consistent', () => {
    const r = removeMilestones(withGroup(), ['django'])
    expect(r.choiceGroups).toEqual([]) // a group of one option is no choice
    expect(structuralProblems(r)).toEqual([])
  })
})

describe('paths and order', () => {
  it('lists what comes after a milestone, directly or not', () => {
    expect([...descendants(chain().edges, 'a')].sort()).toEqual(['b', 'c'])
    expect(descendants(chain().edges, 'c').size).toBe(0)
    expect(descendants(chain().edges, 'd').size).toBe(0)
  })

  it('finds a shortest path and none where there is none', () => {
    expect(findPath(chain().edges, 'a', 'c')).toEqual(['a', 'b', 'c'])
    expect(findPath(chain().edges, 'c', 'a')).toBeNull()
  })

  it('reports a cycle in raw data', () => {
    expect(
      findCycle(
        ['a', 'b'],
        [
          { from: 'a', to: 'b' },
          { from: 'b', to: 'a' },
        ],
      ),
    ).toEqual(['a', 'b', 'a'])
    expect(
      structuralProblems(
        roadmap(
          [milestone('a'), milestone('b')],
          [
            { from: 'a', to: 'b' },
            { from: 'b', to: 'a' },
          ],
        ),
      ),
    ).toContain('prerequisites form a cycle: a → b → a')
  })
})

// ------------------------------------------------------------- properties

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']
// The edits the app makes (through the roadmap store): connect, disconnect, remove a selection,
// add from the new-milestone form.
type Op =
  | { kind: 'connect'; from: string; to: string }
  | { kind: 'disconnect'; from: string; to: string }
  | { kind: 'remove'; ids: string[] }
  | { kind: 'add'; id: string }
const idArb = fc.constantFrom(...ids)
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('connect' as const), from: idArb, to: idArb }),
  fc.record({ kind: fc.constant('connect' as const), from: idArb, to: idArb }),
  fc.record({ kind: fc.constant('disconnect' as const), from: idArb, to: idArb }),
  fc.record({
    kind: fc.constant('remove' as const),
    ids: fc.subarray(ids, { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ kind: fc.constant('add' as const), id: idArb }),
)

function run(ops: Op[]): Roadmap {
  let r = roadmap(ids.slice(0, 5).map((id) => milestone(id)))
  for (const op of ops) {
    if (op.kind === 'connect') {
      const res = connect(r, op.from, op.to)
      if (res.ok) r = res.roadmap
    } else if (op.kind === 'disconnect') r = disconnect(r, op.from, op.to)
    else if (op.kind === 'remove') r = removeMilestones(r, op.ids)
    else {
      const draft = { title: op.id, track: 'ml', estimateHours: 10 }
      const res = createMilestone(r, draft, op.id, 'en')
      if (res.ok) r = res.roadmap
    }
  }
  return r
}

describe('graph invariants under any sequence of edits', () => {
  it('ids stay unique, no edge dangles, no duplicate edge, never a cycle', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        expect(structuralProblems(run(ops))).toEqual([])
      }),
      { numRuns: 400 },
    )
  })

  it('a refused connection is exactly one that would close a cycle (or is invalid)', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 40 }), idArb, idArb, (ops, from, to) => {
        const r = run(ops)
        const res = connect(r, from, to)
        const present = new Set(r.milestones.map((m) => m.id))
        const reachesBack =
          present.has(from) && present.has(to) && findPath(r.edges, to, from) !== null
        if (res.ok) expect(reachesBack).toBe(false)
        else if (res.error.kind === 'cycle') {
          expect(reachesBack).toBe(true)
          // The path shown to the user really is a path, closing at the new edge.
          const path = res.error.path
          expect(path[0]).toBe(to)
          expect(path.at(-1)).toBe(to)
          for (let i = 0; i + 2 < path.length; i++)
            expect(r.edges).toContainEqual({ from: path[i], to: path[i + 1] })
        }
      }),
      { numRuns: 400 },
    )
  })

  it('topological order lists every milestone after its prerequisites', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 60 }), (ops) => {
        const r = run(ops)
        const order = topologicalOrder(
          r.milestones.map((m) => m.id),
          r.edges,
        )
        expect(order).toHaveLength(r.milestones.length)
        const pos = new Map(order.map((id, i) => [id, i]))
        for (const e of r.edges) expect(pos.get(e.from)!).toBeLessThan(pos.get(e.to)!)
      }),
      { numRuns: 200 },
    )
  })
})
