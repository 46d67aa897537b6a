import { estimateText, type TextMeasure } from '@/domain/graphGeometry'
import { FONT_STACK } from '@/domain/cardGeometry'

/** What measuring needs of a canvas context (a test gives its own). */
export type MeasuringContext = Pick<CanvasRenderingContext2D, 'measureText'>

/**
 * One canvas context per font (a card has two: its title's and its meta line's): setting
 * `font` parses the whole font stack, so each context has its font set once, not per text.
 */
const contexts = new Map<string, CanvasRenderingContext2D | null>()

function canvasContext(fontKey: string, fontSize: number, bold: boolean) {
  let context = contexts.get(fontKey)
  if (context === undefined) {
    context = document.createElement('canvas').getContext('2d')
    if (context) context.font = `${bold ? 600 : 400} ${fontSize}px ${FONT_STACK}`
    contexts.set(fontKey, context)
  }
  return context
}

/**
 * Characters that draw differently beside others than alone: joiners and variation selectors
 * (emoji sequences, text shown as a colour emoji), combining marks, flags, skin tones.
 */
const CLUSTERED = /[\u200d\ufe0e\ufe0f\u20e3\p{M}\p{Regional_Indicator}\p{Emoji_Modifier}]/u

/**
 * A text measure over `contextFor`'s contexts: a character at a time and summed, each
 * character of each font measured once per page, where measuring every candidate line (each
 * word added, each character taken off before "…") cost ≈ 0.05 ms a call, a good part of the
 * first view's render (issue #18). Leaving kerning out errs wide (up to 4.4 px over the
 * template's 142 titles, at most 0.24 px narrow, inside the card's 10 px padding). A text with
 * characters that only draw right together (`CLUSTERED`) is measured whole. Without a context
 * (tests) the estimate stands in.
 */
export function textMeasure(
  contextFor: (fontKey: string, fontSize: number, bold: boolean) => MeasuringContext | null,
): TextMeasure {
  const widths = new Map<string, number>()
  const width = (context: MeasuringContext, key: string, text: string) => {
    let w = widths.get(key)
    if (w === undefined) {
      w = context.measureText(text).width
      if (widths.size > 20000) widths.clear()
      widths.set(key, w)
    }
    return w
  }
  return (text, fontSize, bold) => {
    const fontKey = `${bold ? 'b' : 'r'}${fontSize}`
    const context = contextFor(fontKey, fontSize, bold)
    if (!context) return estimateText(text, fontSize, bold)
    if (CLUSTERED.test(text)) return width(context, `${fontKey}|${text}`, text)
    let sum = 0
    for (const ch of text) sum += width(context, fontKey + ch, ch)
    return sum
  }
}

/**
 * Card text measured with the font the graph draws it in (the app's `--font`, which the
 * export names too), so a wrapped title never runs past the card.
 */
export const measureText: TextMeasure = textMeasure(canvasContext)
