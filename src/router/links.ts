/**
 * Where a milestone lives on the page: the plan list gives each milestone's element the id
 * `m-<id>`, and `/list#m-<id>` (or `/#m-<id>` on the graph) opens the view at it.
 */
export const milestoneAnchor = (id: string) => `m-${id}`

/** The plan list, at one milestone. */
export const milestoneOnPlan = (id: string) =>
  ({ name: 'plan', hash: `#${milestoneAnchor(id)}` }) as const

/** The milestone id a `#m-<id>` hash points at, or '' when it points at none. */
export function milestoneFromHash(hash: string): string {
  const prefix = `#${milestoneAnchor('')}`
  return hash.startsWith(prefix) ? decodeURIComponent(hash.slice(prefix.length)) : ''
}
