/**
 * The paper log: every paper and reproduction recorded on a roadmap's milestones, with the
 * milestone it belongs to, the filters the log view offers, and counts per month (the mentor:
 * read many, reproduce many).
 */
import { reproductionGap, reproductionStatus, type Gap, type ReproductionStatus } from './evidence'
import type { Paper, Reproduction, Roadmap, Text } from './schema'

export interface PaperRow {
  paper: Paper
  milestoneId: string
  milestoneTitle: Text
}
export interface ReproductionRow {
  reproduction: Reproduction
  milestoneId: string
  milestoneTitle: Text
  gap: Gap | null
  status: ReproductionStatus
  /** Venue and year of the logged paper with the same title, when there is one. */
  venue: string
  year: number | null
}
export interface PaperLog {
  papers: PaperRow[]
  reproductions: ReproductionRow[]
}

const titleKey = (s: string) => s.trim().toLocaleLowerCase()

/** Papers and reproductions in roadmap order (milestone by milestone, as recorded). */
export function paperLog(roadmap: Roadmap): PaperLog {
  const papers: PaperRow[] = []
  const reproductions: ReproductionRow[] = []
  for (const m of roadmap.milestones)
    for (const paper of m.evidence?.papers ?? [])
      papers.push({ paper, milestoneId: m.id, milestoneTitle: m.title })
  const byTitle = new Map<string, Paper>()
  for (const { paper } of papers)
    if (!byTitle.has(titleKey(paper.title))) byTitle.set(titleKey(paper.title), paper)
  for (const m of roadmap.milestones)
    for (const r of m.evidence?.reproductions ?? []) {
      const source = byTitle.get(titleKey(r.paper))
      reproductions.push({
        reproduction: r,
        milestoneId: m.id,
        milestoneTitle: m.title,
        gap: reproductionGap(r.reported, r.reproduced, r.better),
        status: reproductionStatus(r),
        venue: source?.venue ?? '',
        year: source?.year ?? null,
      })
    }
  return { papers, reproductions }
}

export type PaperStatus = 'read' | 'to-read'

export interface LogFilter {
  /** '' = any venue; compared without case. */
  venue: string
  year: number | null
  paperStatus: PaperStatus | ''
  reproductionStatus: ReproductionStatus | ''
}
export const NO_FILTER: LogFilter = {
  venue: '',
  year: null,
  paperStatus: '',
  reproductionStatus: '',
}

const venueMatches = (venue: string, wanted: string) =>
  wanted === '' || titleKey(venue) === titleKey(wanted)

export function filterLog(log: PaperLog, f: LogFilter): PaperLog {
  return {
    papers: log.papers.filter(
      ({ paper }) =>
        venueMatches(paper.venue, f.venue) &&
        (f.year === null || paper.year === f.year) &&
        (f.paperStatus === '' || (paper.readOn ? 'read' : 'to-read') === f.paperStatus),
    ),
    reproductions: log.reproductions.filter(
      (r) =>
        venueMatches(r.venue, f.venue) &&
        (f.year === null || r.year === f.year) &&
        (f.reproductionStatus === '' || r.status === f.reproductionStatus),
    ),
  }
}

/** The venues in the log (first spelling wins), sorted, for the filter's options. */
export function venuesOf(log: PaperLog): string[] {
  const seen = new Map<string, string>()
  for (const { paper } of log.papers) {
    const v = paper.venue.trim()
    if (v && !seen.has(titleKey(v))) seen.set(titleKey(v), v)
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b))
}

/** The publication years in the log, newest first. */
export function yearsOf(log: PaperLog): number[] {
  const years = new Set<number>()
  for (const { paper } of log.papers) if (paper.year !== null) years.add(paper.year)
  return [...years].sort((a, b) => b - a)
}

export interface MonthCount {
  /** YYYY-MM */
  month: string
  papers: number
  reproductions: number
}

/**
 * Papers read (by `readOn`) and reproductions worked on (by `updatedOn`) per calendar month,
 * oldest first, with empty months in between filled with zeros. Undated items are not counted.
 */
export function countsByMonth(log: PaperLog): MonthCount[] {
  const counts = new Map<string, MonthCount>()
  const bump = (day: string | null, key: 'papers' | 'reproductions') => {
    if (!day) return
    const month = day.slice(0, 7)
    const c = counts.get(month) ?? { month, papers: 0, reproductions: 0 }
    c[key] += 1
    counts.set(month, c)
  }
  for (const { paper } of log.papers) bump(paper.readOn, 'papers')
  for (const { reproduction } of log.reproductions) bump(reproduction.updatedOn, 'reproductions')
  const months = [...counts.keys()].sort()
  if (!months.length) return []
  const out: MonthCount[] = []
  let [y, m] = months[0]!.split('-').map(Number) as [number, number]
  const last = months[months.length - 1]!
  for (;;) {
    const month = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
    out.push(counts.get(month) ?? { month, papers: 0, reproductions: 0 })
    if (month === last) return out
    m += 1
    if (m > 12) {
      m = 1
      y += 1
    }
  }
}
