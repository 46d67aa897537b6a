/**
 * Geometry of the graph view, in graph coordinates (card centres): what is on screen, which
 * card lies in a direction, how to fit everything, where an edge runs, how a title wraps.
 * Pure maths (d3-path for edge paths); the view applies it.
 */
import { pathRound } from 'd3-path'
import { textWidth } from './textWidth'

export const CARD_WIDTH = 188
export const CARD_HEIGHT = 64
/**
 * Below this zoom scale cards drop their text (level of detail): their titles would be under
 * 11 px on screen (13 px × 0.85), too small to read; labels per track cluster name them instead.
 */
export const TEXT_MIN_SCALE = 0.85
/** The scale a search result or a first view lands at: card titles at their full 13 px. */
export const READABLE_SCALE = 1
export const MIN_SCALE = 0.02
export const MAX_SCALE = 2.5

export interface Point {
  x: number
  y: number
}
export interface Rect {
  x0: number
  y0: number
  x1: number
  y1: number
}
/** A zoom transform: screen = graph × k + (x, y). */
export interface ViewTransform {
  x: number
  y: number
  k: number
}
export interface Placed {
  id: string
  x: number
  y: number
}

export type Lod = 'full' | 'box'
export const lodFor = (k: number): Lod => (k >= TEXT_MIN_SCALE ? 'full' : 'box')

/** The part of the graph a viewport of `width` × `height` shows, grown by `margin` of itself. */
export function viewRect(t: ViewTransform, width: number, height: number, margin = 0): Rect {
  const mx = (width * margin) / t.k
  const my = (height * margin) / t.k
  return {
    x0: -t.x / t.k - mx,
    y0: -t.y / t.k - my,
    x1: (width - t.x) / t.k + mx,
    y1: (height - t.y) / t.k + my,
  }
}

export function cardRect(p: Point, w = CARD_WIDTH, h = CARD_HEIGHT): Rect {
  return { x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 }
}

export const intersects = (a: Rect, b: Rect): boolean =>
  a.x0 <= b.x1 && b.x0 <= a.x1 && a.y0 <= b.y1 && b.y0 <= a.y1

export const contains = (r: Rect, p: Point): boolean =>
  p.x >= r.x0 && p.x <= r.x1 && p.y >= r.y0 && p.y <= r.y1

/** Ids of cards that overlap the rectangle. */
export function cardsIn(cards: Iterable<Placed>, rect: Rect): Set<string> {
  const out = new Set<string>()
  for (const c of cards) if (intersects(cardRect(c), rect)) out.add(c.id)
  return out
}

/** The card under a point, topmost (last drawn) first. */
export function cardAt(cards: readonly Placed[], p: Point): string | null {
  for (let i = cards.length - 1; i >= 0; i--) {
    const c = cards[i]!
    if (contains(cardRect(c), p)) return c.id
  }
  return null
}

export function boundsOf(points: Iterable<Point>): Rect | null {
  let b: Rect | null = null
  for (const p of points) {
    const r = cardRect(p)
    b = b
      ? {
          x0: Math.min(b.x0, r.x0),
          y0: Math.min(b.y0, r.y0),
          x1: Math.max(b.x1, r.x1),
          y1: Math.max(b.y1, r.y1),
        }
      : r
  }
  return b
}

/** The transform that shows `bounds` whole, centred, with `padding` pixels around it. */
export function fitTransform(
  bounds: Rect | null,
  width: number,
  height: number,
  padding = 32,
  maxScale = 1,
): ViewTransform {
  if (!bounds || width <= 0 || height <= 0) return { x: 0, y: 0, k: 1 }
  const w = Math.max(1, bounds.x1 - bounds.x0)
  const h = Math.max(1, bounds.y1 - bounds.y0)
  const k = clamp(
    Math.min((width - 2 * padding) / w, (height - 2 * padding) / h),
    MIN_SCALE,
    maxScale,
  )
  return {
    k,
    x: width / 2 - ((bounds.x0 + bounds.x1) / 2) * k,
    y: height / 2 - ((bounds.y0 + bounds.y1) / 2) * k,
  }
}

/** The transform that puts `p` at the centre of the viewport at scale `k`. */
export function centreOn(p: Point, width: number, height: number, k: number): ViewTransform {
  return { k, x: width / 2 - p.x * k, y: height / 2 - p.y * k }
}

export const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x))

export type Direction = 'left' | 'right' | 'up' | 'down'

/**
 * The card nearest to `from` in a direction, for arrow-key navigation: candidates must lie
 * within 45° of the direction; the distance counts the sideways offset double, so the card
 * straight ahead wins over a closer one off to the side.
 */
export function nearestInDirection(
  from: Point,
  cards: Iterable<Placed>,
  direction: Direction,
  exclude?: string,
): string | null {
  let best: string | null = null
  let bestScore = Infinity
  for (const c of cards) {
    if (c.id === exclude) continue
    const dx = c.x - from.x
    const dy = c.y - from.y
    const ahead =
      direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy
    const side = direction === 'left' || direction === 'right' ? Math.abs(dy) : Math.abs(dx)
    if (ahead <= 0 || side > ahead * (direction === 'up' || direction === 'down' ? 4 : 1)) continue
    const score = ahead + 2 * side
    if (score < bestScore) {
      bestScore = score
      best = c.id
    }
  }
  return best
}

/**
 * d3-shape's `linkHorizontal()` (a horizontal bump curve, 3 decimals), drawn with d3-path
 * alone: d3-shape is one module, so importing it here would put all of the charts' shapes
 * into the graph view's first download.
 */
function horizontalLink(x0: number, y0: number, x1: number, y1: number): string {
  const path = pathRound(3)
  const mx = (x0 + x1) / 2
  path.moveTo(x0, y0)
  path.bezierCurveTo(mx, y0, mx, y1, x1, y1)
  return path.toString()
}

/**
 * The curved arrow from a prerequisite to its dependent: right side to left side when the
 * dependent lies to the right, otherwise bottom to top (or top to bottom).
 */
export function edgePath(source: Point, target: Point, w = CARD_WIDTH, h = CARD_HEIGHT): string {
  if (target.x - source.x >= w * 0.75) {
    return horizontalLink(source.x + w / 2, source.y, target.x - w / 2 - 2, target.y)
  }
  const down = target.y >= source.y
  const sy = source.y + (down ? h / 2 : -h / 2)
  const ty = target.y + (down ? -h / 2 - 2 : h / 2 + 2)
  const my = (sy + ty) / 2
  return `M${source.x},${sy}C${source.x},${my},${target.x},${my},${target.x},${ty}`
}

/**
 * The width of `text` at `fontSize` px (`bold` for card titles). The browser measures it with
 * the font it draws with (`utils/measureText.ts`); `textWidth` estimates it where
 * there is no browser, erring wide.
 */
export type TextMeasure = (text: string, fontSize: number, bold: boolean) => number
export const estimateText: TextMeasure = (text, fontSize) => textWidth(text, fontSize)

/**
 * A title broken into at most `maxLines` lines that fit `maxWidth`, at word boundaries where
 * there are any (Korean keeps words whole too), the last line ending in "…" when cut.
 */
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = 2,
  measure: TextMeasure = estimateText,
  bold = true,
): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean)
  const lines: string[] = []
  let line = ''
  const fits = (s: string) => measure(s, fontSize, bold) <= maxWidth
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!
    const candidate = line ? `${line} ${word}` : word
    if (fits(candidate)) {
      line = candidate
      continue
    }
    if (line) {
      lines.push(line)
      line = ''
    }
    if (lines.length === maxLines) break
    if (fits(word)) line = word
    else {
      // A word longer than a line is broken by characters.
      let part = ''
      for (const ch of word) {
        if (!fits(part + ch)) {
          lines.push(part)
          part = ''
          if (lines.length === maxLines) break
        }
        part += ch
      }
      line = part
    }
    if (lines.length === maxLines) break
  }
  if (line && lines.length < maxLines) lines.push(line)
  const used = lines.join(' ').replace(/\s+/g, '')
  if (used.length < text.replace(/\s+/g, '').length && lines.length > 0) {
    let last = lines[lines.length - 1]!
    while (last && !fits(`${last}…`)) last = [...last].slice(0, -1).join('')
    lines[lines.length - 1] = `${last.trimEnd()}…`
  }
  return lines
}
