/** Small layout helpers shared by the time charts: pure functions, no DOM. */
import { textWidth } from './textWidth'

/** A tooltip anchored at a point in the chart's pixel coordinates. */
export interface Tip {
  x: number
  /** The datum's top: the tooltip sits above it… */
  y: number
  /** …or below its bottom (default: `y`) when there is no room above. */
  bottom?: number
  lines: string[]
}

/** The text cut with "…" so it fits `max` pixels. */
export function fitText(text: string, max: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= max) return text
  let out = ''
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > max) break
    out += ch
  }
  return `${out}…`
}

export type LegendShape = 'box' | 'line' | 'band'

export interface LegendItem {
  key: string
  label: string
  color: string
  shape?: LegendShape
}

export interface PlacedLegendItem extends LegendItem {
  x: number
  y: number
}

export const LEGEND_ROW = 20
const SWATCH = 12
const GAP = 6
const ITEM_GAP = 18

/** Legend items laid out left to right, wrapping at `width`; `height` is the space used. */
export function legendLayout(
  items: readonly LegendItem[],
  width: number,
): { items: PlacedLegendItem[]; height: number } {
  let x = 0
  let row = 0
  const placed = items.map((item) => {
    const w = SWATCH + GAP + textWidth(item.label)
    if (x > 0 && x + w > width) {
      x = 0
      row++
    }
    const out = { ...item, x, y: row * LEGEND_ROW }
    x += w + ITEM_GAP
    return out
  })
  return { items: placed, height: items.length ? (row + 1) * LEGEND_ROW : 0 }
}

/** A horizontal anchor for a label of width `w` centred on `x`, kept inside [min, max]. */
export function clampCentre(x: number, w: number, min: number, max: number): number {
  return Math.min(Math.max(x, min + w / 2), Math.max(min + w / 2, max - w / 2))
}
