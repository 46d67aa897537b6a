/**
 * The colours of the graph's SVG/PNG export (light, whatever the theme), the light palette's
 * values: `tests/unit/styles/contrast.test.ts` checks them against `main.css`. Status colours
 * match the `--status-*` CSS variables. Where a card's parts are is `cardGeometry.ts`.
 */
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

/**
 * Titles of done and skipped cards recede with this colour (the light theme's
 * `--card-settled-text`; no opacity, which lost contrast in the dark theme).
 */
export const SETTLED_TEXT_COLOR = '#5d6676'
