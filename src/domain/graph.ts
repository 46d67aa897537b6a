/**
 * The roadmap as a prerequisite graph. Every operation returns a new roadmap (or a refusal
 * with a reason the UI can show) and keeps the invariants: unique ids, no edge to a missing
 * milestone, no self-loop, no duplicate edge, no cycle.
 */
import type { Edge, Milestone, Roadmap, Status } from './schema'
import { finish } from './steps'

export type GraphError =
  | { kind: 'duplicate-id'; id: string }
  | { kind: 'unknown-milestone'; id: string }
  | { kind: 'unknown-track'; id: string }
  | { kind: 'self-loop'; id: string }
  | { kind: 'duplicate-edge'; from: string; to: string }
  | { kind: 'cycle'; from: string; to: string; path: string[] }

export type GraphResult = { ok: true; roadmap: Roadmap } | { ok: false; error: GraphError }

/** Adjacency from prerequisite to dependents. */
export function successors(edges: readonly Edge[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const { from, to } of edges) {
    const list = out.get(from)
    if (list) list.push(to)
    else out.set(from, [to])
  }
  return out
}

/** Adjacency from dependent to its prerequisites. */
export function predecessors(edges: readonly Edge[]): Map<string, string[]> {
  return successors(edges.map(({ from, to }) => ({ from: to, to: from })))
}

/** Every milestone that comes after `id`, directly or not (never `id` itself in a DAG). */
export function descendants(edges: readonly Edge[], id: string): Set<string> {
  const next = successors(edges)
  const seen = new Set<string>()
  const stack = [id]
  while (stack.length)
    for (const n of next.get(stack.pop()!) ?? [])
      if (!seen.has(n)) {
        seen.add(n)
        stack.push(n)
      }
  return seen
}

/** Every milestone that comes before `id`, directly or not. */
export const ancestors = (edges: readonly Edge[], id: string): Set<string> =>
  descendants(
    edges.map(({ from, to }) => ({ from: to, to: from })),
    id,
  )

/**
 * A path start → … → goal following edges, or null when goal is not reachable.
 * Breadth-first, so the path is a shortest one (the clearest to show a user).
 */
export function findPath(edges: readonly Edge[], start: string, goal: string): string[] | null {
  const next = successors(edges)
  const cameFrom = new Map<string, string>()
  const queue = [start]
  const seen = new Set([start])
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head]!
    if (node === goal) {
      const path = [goal]
      for (let at = goal; at !== start;) {
        at = cameFrom.get(at)!
        path.push(at)
      }
      return path.reverse()
    }
    for (const n of next.get(node) ?? []) {
      if (!seen.has(n)) {
        seen.add(n)
        cameFrom.set(n, node)
        queue.push(n)
      }
    }
  }
  return null
}

/** A cycle in the graph as a list of ids (first repeated at the end), or null if acyclic. */
export const findCycle = (ids: readonly string[], edges: readonly Edge[]): string[] | null =>
  finish(cycleSteps(ids, edges))

/** `findCycle` as steps of a few hundred moves of the search each. */
function* cycleSteps(
  ids: readonly string[],
  edges: readonly Edge[],
): Generator<void, string[] | null> {
  const next = successors(edges)
  const state = new Map<string, 1 | 2>() // 1 = on the stack, 2 = finished
  let visits = 0
  for (const root of ids) {
    if (state.has(root)) continue
    const stack: { id: string; i: number }[] = [{ id: root, i: 0 }]
    state.set(root, 1)
    while (stack.length > 0) {
      if (++visits % 256 === 0) yield
      const top = stack[stack.length - 1]!
      const children = next.get(top.id) ?? []
      if (top.i < children.length) {
        const child = children[top.i++]!
        const s = state.get(child)
        if (s === 1) {
          const from = stack.findIndex((f) => f.id === child)
          return [...stack.slice(from).map((f) => f.id), child]
        }
        if (s === undefined) {
          state.set(child, 1)
          stack.push({ id: child, i: 0 })
        }
      } else {
        state.set(top.id, 2)
        stack.pop()
      }
    }
  }
  return null
}

/** Milestone ids in an order where every prerequisite comes before its dependents. */
export function topologicalOrder(ids: readonly string[], edges: readonly Edge[]): string[] {
  const indegree = new Map(ids.map((id) => [id, 0]))
  for (const { to } of edges) indegree.set(to, (indegree.get(to) ?? 0) + 1)
  const next = successors(edges)
  const queue = ids.filter((id) => indegree.get(id) === 0)
  for (let head = 0; head < queue.length; head++) {
    for (const n of next.get(queue[head]!) ?? []) {
      const d = indegree.get(n)! - 1
      indegree.set(n, d)
      if (d === 0) queue.push(n)
    }
  }
  return queue
}

function has(roadmap: Roadmap, id: string): boolean {
  return roadmap.milestones.some((m) => m.id === id)
}

function touched(roadmap: Roadmap, patch: Partial<Roadmap>, now: Date): Roadmap {
  return { ...roadmap, ...patch, updatedAt: now.toISOString() }
}

/** Checks whether `from` can become a prerequisite of `to`, without changing anything. */
export function checkConnect(roadmap: Roadmap, from: string, to: string): GraphError | null {
  if (!has(roadmap, from)) return { kind: 'unknown-milestone', id: from }
  if (!has(roadmap, to)) return { kind: 'unknown-milestone', id: to }
  if (from === to) return { kind: 'self-loop', id: from }
  if (roadmap.edges.some((e) => e.from === from && e.to === to))
    return { kind: 'duplicate-edge', from, to }
  // from → to closes a cycle exactly when from is already reachable from to.
  const back = findPath(roadmap.edges, to, from)
  if (back) return { kind: 'cycle', from, to, path: [...back, to] }
  return null
}

export function connect(roadmap: Roadmap, from: string, to: string, now = new Date()): GraphResult {
  const error = checkConnect(roadmap, from, to)
  if (error) return { ok: false, error }
  return { ok: true, roadmap: touched(roadmap, { edges: [...roadmap.edges, { from, to }] }, now) }
}

export function disconnect(roadmap: Roadmap, from: string, to: string, now = new Date()): Roadmap {
  const edges = roadmap.edges.filter((e) => !(e.from === from && e.to === to))
  return edges.length === roadmap.edges.length ? roadmap : touched(roadmap, { edges }, now)
}

export function addMilestone(
  roadmap: Roadmap,
  milestone: Milestone,
  now = new Date(),
): GraphResult {
  if (has(roadmap, milestone.id))
    return { ok: false, error: { kind: 'duplicate-id', id: milestone.id } }
  if (!roadmap.tracks.some((t) => t.id === milestone.track))
    return { ok: false, error: { kind: 'unknown-track', id: milestone.track } }
  return {
    ok: true,
    roadmap: touched(roadmap, { milestones: [...roadmap.milestones, milestone] }, now),
  }
}

/** The milestone with a new status, stamped with when it changed (unchanged if it is the same). */
export function withStatus(m: Milestone, status: Status, now = new Date()): Milestone {
  return m.status === status ? m : { ...m, status, statusChangedAt: now.toISOString() }
}

export function updateMilestone(
  roadmap: Roadmap,
  id: string,
  patch: Partial<Omit<Milestone, 'id'>>,
  now = new Date(),
): GraphResult {
  if (!has(roadmap, id)) return { ok: false, error: { kind: 'unknown-milestone', id } }
  if (patch.track !== undefined && !roadmap.tracks.some((t) => t.id === patch.track))
    return { ok: false, error: { kind: 'unknown-track', id: patch.track } }
  const milestones = roadmap.milestones.map((m) => {
    if (m.id !== id) return m
    const { status, ...rest } = patch
    const next = { ...m, ...rest }
    return status === undefined ? next : withStatus(next, status, now)
  })
  return { ok: true, roadmap: touched(roadmap, { milestones }, now) }
}

/**
 * Picks an option of a choice group: it becomes todo (unless already worked on) and the
 * other options become skipped. `null` picks none, so every option is skipped.
 */
export function chooseOption(
  roadmap: Roadmap,
  groupId: string,
  option: string | null,
  now = new Date(),
): GraphResult {
  const group = roadmap.choiceGroups.find((g) => g.id === groupId)
  if (!group) return { ok: false, error: { kind: 'unknown-milestone', id: groupId } }
  if (option !== null && !group.options.includes(option))
    return { ok: false, error: { kind: 'unknown-milestone', id: option } }
  const milestones = roadmap.milestones.map((m) => {
    if (!group.options.includes(m.id)) return m
    if (m.id === option) return m.status === 'skipped' ? withStatus(m, 'todo', now) : m
    return withStatus(m, 'skipped', now)
  })
  const choiceGroups = roadmap.choiceGroups.map((g) =>
    g.id === groupId ? { ...g, chosen: option } : g,
  )
  return { ok: true, roadmap: touched(roadmap, { milestones, choiceGroups }, now) }
}

/**
 * Everything wrong with a roadmap's structure, as readable lines (empty when sound).
 * Used when loading stored or imported data: the schema checks shapes, this checks links.
 */
export const structuralProblems = (roadmap: Roadmap): string[] => finish(structuralChecks(roadmap))

/**
 * `structuralProblems` as steps (the milestones, a few hundred links at a time, the cycle search
 * a few hundred moves at a time), so a load can spread them over tasks.
 */
export function* structuralChecks(roadmap: Roadmap): Generator<void, string[]> {
  const problems: string[] = []
  const ids = new Set<string>()
  for (const m of roadmap.milestones) {
    if (ids.has(m.id)) problems.push(`duplicate milestone id "${m.id}"`)
    ids.add(m.id)
  }
  yield
  const trackIds = new Set(roadmap.tracks.map((t) => t.id))
  if (trackIds.size !== roadmap.tracks.length) problems.push('duplicate track id')
  for (const m of roadmap.milestones)
    if (!trackIds.has(m.track))
      problems.push(`milestone "${m.id}" is on unknown track "${m.track}"`)
  yield
  const seenEdges = new Set<string>()
  for (const [i, { from, to }] of roadmap.edges.entries()) {
    if (!ids.has(from) || !ids.has(to))
      problems.push(`edge ${from} → ${to} points to a missing milestone`)
    if (from === to) problems.push(`milestone "${from}" depends on itself`)
    const key = `${from}\u0000${to}`
    if (seenEdges.has(key)) problems.push(`edge ${from} → ${to} appears twice`)
    seenEdges.add(key)
    if (i % 256 === 255) yield
  }
  yield
  const cycle = yield* cycleSteps([...ids], roadmap.edges)
  if (cycle) problems.push(`prerequisites form a cycle: ${cycle.join(' → ')}`)
  for (const g of roadmap.choiceGroups) {
    for (const o of g.options)
      if (!ids.has(o)) problems.push(`choice group "${g.id}" lists missing milestone "${o}"`)
    if (g.chosen !== null && !g.options.includes(g.chosen))
      problems.push(`choice group "${g.id}" chose a milestone that is not an option`)
  }
  return problems
}
