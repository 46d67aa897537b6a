import { estimateText, type TextMeasure } from '@/domain/graphGeometry'
import { FONT_STACK } from '@/domain/cardGeometry'

let context: CanvasRenderingContext2D | null | undefined
const widths = new Map<string, number>()

/**
 * Card text measured with the font the graph draws it in (the app's `--font`, which the
 * export names too), so a wrapped title never runs past the card. Cached per text; without
 * a canvas (tests) the estimate stands in.
 */
export const measureText: TextMeasure = (text, fontSize, bold) => {
  if (context === undefined) context = document.createElement('canvas').getContext('2d')
  if (!context) return estimateText(text, fontSize, bold)
  const key = `${bold ? 'b' : 'r'}${fontSize}|${text}`
  let w = widths.get(key)
  if (w === undefined) {
    context.font = `${bold ? 600 : 400} ${fontSize}px ${FONT_STACK}`
    w = context.measureText(text).width
    if (widths.size > 5000) widths.clear()
    widths.set(key, w)
  }
  return w
}
