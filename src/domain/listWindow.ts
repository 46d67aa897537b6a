/**
 * The plan list shows a long track a page at a time: the first LIST_PAGE milestones, then
 * LIST_PAGE more per "Show more". Every view must open without freezing the page, and a list
 * of 10,000 rendered rows takes seconds to build and lay out (docs/PERFORMANCE.md, "Big
 * roadmaps"); the default roadmap's largest track has 12 milestones, so it shows in full.
 */
export const LIST_PAGE = 25

/** How many rows to show so that row `index` is among them: whole pages, never fewer than now. */
export function limitToShow(limit: number, index: number, page = LIST_PAGE): number {
  return index < limit ? limit : Math.ceil((index + 1) / page) * page
}

/** How many rows the next "Show more" adds: a page, or what is left. */
export function moreCount(limit: number, total: number, page = LIST_PAGE): number {
  return Math.max(0, Math.min(page, total - limit))
}
