/**
 * Colour contrast as WCAG 2 defines it (relative luminance of sRGB colours), and the one
 * adjustment the app makes with it: nudging a colour towards white or black until it stands
 * out enough from a background. Pure functions on `#rrggbb` / `#rgb` strings.
 */

export type Rgb = readonly [number, number, number]

/** WCAG AA minimums: body text, and large text or the parts of a control. */
export const AA_TEXT = 4.5
export const AA_UI = 3

export function parseHex(hex: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim())
  if (!m) return null
  const h = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as unknown as Rgb
}

export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4
  }) as unknown as Rgb
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** Contrast ratio of two colours, 1 to 21; NaN when either is not a hex colour. */
export function contrastRatio(a: string, b: string): number {
  const x = parseHex(a)
  const y = parseHex(b)
  if (!x || !y) return NaN
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}

/** `a` mixed with `b`: t = 0 is `a`, t = 1 is `b` (in sRGB, as CSS gradients of old). */
export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as unknown as Rgb
}

/**
 * `color` itself when it already reaches `ratio` against `background`; otherwise the least
 * mix of it towards white (on a dark background) or black (on a light one) that does. The
 * hue stays recognisable, so a track keeps its colour in both themes. Unparseable input is
 * returned unchanged.
 */
export function legibleOn(color: string, background: string, ratio = AA_UI): string {
  const c = parseHex(color)
  const bg = parseHex(background)
  if (!c || !bg) return color
  if (contrastRatio(color, background) >= ratio) return color
  const towards: Rgb = luminance(bg) < 0.18 ? [255, 255, 255] : [0, 0, 0]
  let lo = 0
  let hi = 1
  for (let i = 0; i < 16; i++) {
    const t = (lo + hi) / 2
    if (contrastRatio(toHex(mix(c, towards, t)), background) >= ratio) hi = t
    else lo = t
  }
  return toHex(mix(c, towards, hi))
}

/**
 * The surface colour each theme paints cards and charts on (`--surface` in main.css; the
 * contrast test checks they agree). Track colours are made legible against it.
 */
export const THEME_SURFACE = { light: '#ffffff', dark: '#1b2029' } as const
