/**
 * A roadmap drawn as the standalone SVG of its graph (`graphSvg.ts`): every card at full
 * detail at the positions given, "next up" pills, settled arrows faded. The graph view's
 * export and print and the shared view's read-only graph draw with it; the words come in
 * already translated, so it stays pure. Loaded when first needed, not with the graph view.
 */
import { graphToSvg, type SvgCard } from './graphSvg'
import { cardMeta } from './cardGeometry'
import type { Point, TextMeasure } from './graphGeometry'
import { localize } from './locale'
import type { Locale, Milestone, Roadmap } from './schema'
import { settled } from './progress'

export interface RoadmapSvgWords {
  locale: Locale
  /** "50 h" for a card's estimate. */
  hours: (hours: number) => string
  /** The word on "next up" pills. */
  next: string
  /** The title when the roadmap has no name. */
  untitled: string
  /** Per milestone, a note after the hours (a choice group's "chosen"…); may be empty. */
  notes: ReadonlyMap<string, string>
  /**
   * Cards done without their evidence (`marks`, the graph's `isDoneWithoutEvidence`, passed in
   * so this drawing does not share the evidence rules' chunk) get ⚠ and `words`, as on screen.
   * Without it no card is marked (a shared link carries no evidence).
   */
  noEvidence?: { words: string; marks: (m: Milestone) => boolean }
  /** Wraps the titles: the browser's measure in the app, so they break where the screen does. */
  measure?: TextMeasure
}

export function roadmapToSvg(
  roadmap: Roadmap,
  at: (id: string) => Point | undefined,
  next: ReadonlySet<string>,
  words: RoadmapSvgWords,
) {
  const colour = new Map(roadmap.tracks.map((tr) => [tr.id, tr.color]))
  const byId = new Map(roadmap.milestones.map((m) => [m.id, m]))
  const cards: SvgCard[] = roadmap.milestones.map((m) => {
    const p = at(m.id) ?? { x: 0, y: 0 }
    const hours = words.hours(m.estimateHours)
    const note = words.notes.get(m.id) ?? (m.status === 'skipped' ? (m.skipReason ?? '') : '')
    const warning = words.noEvidence?.marks(m) ? words.noEvidence.words : null
    return {
      id: m.id,
      x: p.x,
      y: p.y,
      title: localize(m.title, words.locale),
      meta: cardMeta(note ? `${hours} · ${note}` : hours, warning),
      unproven: warning !== null,
      color: colour.get(m.track) ?? '#888888',
      status: m.status,
      next: next.has(m.id),
    }
  })
  return graphToSvg(
    {
      title: roadmap.name || words.untitled,
      nextLabel: words.next,
      lang: words.locale,
      cards,
      edges: roadmap.edges.map((e) => ({ ...e, settled: settled(byId.get(e.from)?.status) })),
    },
    words.measure,
  )
}
