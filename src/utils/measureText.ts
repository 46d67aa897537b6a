import { estimateText, type TextMeasure } from '@/domain/graphGeometry'
import { FONT_STACK } from '@/domain/cardGeometry'

/**
 * One canvas context per font (a card has two: its title's and its meta line's): setting
 * `font` parses the whole font stack, so each context has its font set once, not per text.
 */
const contexts = new Map<string, CanvasRenderingContext2D | null>()
/** Each character's width, by font: a few hundred entries for a roadmap in two languages. */
const widths = new Map<string, number>()

function contextFor(fontKey: string, fontSize: number, bold: boolean) {
  let context = contexts.get(fontKey)
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d')
    if (context) context.font = `${bold ? 600 : 400} ${fontSize}px ${FONT_STACK}`
    contexts.set(fontKey, context)
  }
  return context
}

/**
 * Card text measured with the font the graph draws it in (the app's `--font`, which the
 * export names too), so a wrapped title never runs past the card. Measured a character at a
 * time and summed: each character of each font is measured once per page, where measuring
 * every candidate line (each word added, each character taken off before "…") cost ≈ 0.05 ms a
 * call, a good part of the first view's render (issue #18). Leaving kerning out errs wide, which
 * wraps a hair early rather than past the card. Without a canvas (tests) the estimate stands in.
 */
export const measureText: TextMeasure = (text, fontSize, bold) => {
  const fontKey = `${bold ? 'b' : 'r'}${fontSize}`
  const context = contextFor(fontKey, fontSize, bold)
  if (!context) return estimateText(text, fontSize, bold)
  let width = 0
  for (const ch of text) {
    const key = fontKey + ch
    let w = widths.get(key)
    if (w === undefined) {
      w = context.measureText(ch).width
      widths.set(key, w)
    }
    width += w
  }
  return width
}
