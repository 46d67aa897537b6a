/**
 * Colours and text metrics of graph cards, shared by the on-screen graph and the SVG/PNG
 * export so both look the same. Status colours match the `--status-*` CSS variables.
 */
import { CARD_HEIGHT, CARD_WIDTH, estimateText, wrapText, type TextMeasure } from './graphGeometry'
import type { Status } from './schema'

export const STATUS_COLORS: Record<Status, string> = {
  todo: '#4f5868',
  'in-progress': '#a05a00',
  done: '#1f7a3d',
  skipped: '#6b7280',
}
export const ACCENT = '#3b5bdb'
export const CARD_BORDER = '#c9d0db'
export const TEXT_COLOR = '#1d2330'
export const MUTED_COLOR = '#4f5868'
export const EDGE_COLOR = '#7b8597'
/** The no-evidence warning (the light theme's `--warn`). */
export const WARN_COLOR = '#8a5a00'

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

/**
 * Titles of done and skipped cards recede with this colour (the light theme's
 * `--card-settled-text`; no opacity, which lost contrast in the dark theme).
 */
export const SETTLED_TEXT_COLOR = '#5d6676'

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
