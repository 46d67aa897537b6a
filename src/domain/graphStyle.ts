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
