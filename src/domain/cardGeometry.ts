/**
 * One card's geometry and text, shared by the on-screen card (`RoadmapGraphNode.vue`) and the
 * SVG/PNG/print export (`graphSvg.ts`) so both draw the same card: text metrics and wrapping,
 * the status glyphs, where the stripe, status icon, handle and "next up" pill are, and the
 * meta line with its no-evidence mark. Colours are `graphStyle.ts` (the export's only).
 */
import { CARD_HEIGHT, CARD_WIDTH, estimateText, wrapText, type TextMeasure } from './graphGeometry'
import type { Status } from './schema'

export const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', 'Noto Sans KR', 'Noto Sans CJK KR', 'Apple SD Gothic Neo', 'Malgun Gothic', Roboto, sans-serif"

export const TITLE_FONT_SIZE = 13
export const META_FONT_SIZE = 11
/** Where card text starts, after the track stripe and the status icon. */
export const TEXT_X = 34
export const TITLE_LINE_HEIGHT = 16

/**
 * The status icon, drawn around (0, 0) with radius 7: an empty ring for todo, half filled
 * for in progress, a tick for done and a slash for skipped, so status never rests on colour.
 */
export const STATUS_GLYPH: Record<Status, string> = {
  todo: '',
  'in-progress': 'M0,-7A7,7 0 0 1 0,7Z',
  done: 'M-3.5,0.2L-1,2.8L3.8,-2.6',
  skipped: 'M-4.2,4.2L4.2,-4.2',
}

/** The lines a card draws, on screen and in the export alike. */
export interface CardText {
  lines: string[]
  /** Baseline of the first title line. */
  first: number
  meta: string
  /** The title did not fit: its last line ends in "…". */
  cut: boolean
}

export function cardText(
  title: string,
  meta: string,
  measure: TextMeasure = estimateText,
): CardText {
  const lines = wrapText(title, CARD_WIDTH - TEXT_X - 10, TITLE_FONT_SIZE, 2, measure)
  return {
    lines,
    first: lines.length > 1 ? 22 : 28,
    meta: wrapText(meta, CARD_WIDTH - TEXT_X - 8, META_FONT_SIZE, 1, measure, false)[0] ?? '',
    cut: lines.join('').replace(/\s+/g, '') !== title.replace(/\s+/g, ''),
  }
}
/** Baseline of the line under the title. */
export const META_Y = CARD_HEIGHT - 10

/**
 * Where a card's parts are, in graph units from its top-left corner: the on-screen card
 * (`RoadmapGraphNode.vue`) and the export (`graphSvg.ts`) both draw with these.
 */
export const CARD_RADIUS = 8
/** The track's colour down the left edge. */
export const CARD_STRIPE = { x: 1, y: 1, width: 6, height: CARD_HEIGHT - 2, rx: 3 } as const
/** The status icon's centre and radius (`hit`: the larger invisible target on screen). */
export const STATUS_ICON = { x: 20, y: CARD_HEIGHT / 2 - 10, r: 7, hit: 10 } as const
/** The handle an arrow is drawn from (on screen only), on the right edge. */
export const CARD_HANDLE = { x: CARD_WIDTH, y: CARD_HEIGHT / 2, r: 6, hit: 12 } as const
/** The "next up" pill over the top right corner, and its word. */
export const NEXT_PILL = {
  x: CARD_WIDTH - 46,
  y: -9,
  width: 42,
  height: 17,
  rx: 8.5,
  textX: 21,
  textY: 12.5,
  fontSize: 10.5,
} as const

/** The sign before the meta line of a card done without its evidence. */
export const NO_EVIDENCE_MARK = '⚠'

/**
 * The line under a card's title, with the no-evidence warning in front when `noEvidence`
 * (the words) is given: a sign and words, not colour alone.
 */
export function cardMeta(text: string, noEvidence: string | null): string {
  return noEvidence === null ? text : `${NO_EVIDENCE_MARK} ${noEvidence} · ${text}`
}
