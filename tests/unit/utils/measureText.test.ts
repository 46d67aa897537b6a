import { describe, expect, it } from 'vitest'
import { textMeasure, type MeasuringContext } from '@/utils/measureText'

/** A context whose widths are known: 10 per character, 3 off for the pair "AV" (kerning). */
function fakeContext() {
  const calls: string[] = []
  const context: MeasuringContext = {
    measureText(text: string) {
      calls.push(text)
      const chars = [...text].length
      return { width: chars * 10 - (text.includes('AV') ? 3 : 0) } as TextMetrics
    },
  }
  return { context, calls }
}

describe('textMeasure', () => {
  it('sums each character, measured once per font, erring wide where a font kerns', () => {
    const { context, calls } = fakeContext()
    const measure = textMeasure(() => context)
    expect(measure('AVA', 13, true)).toBe(30) // the whole would be 27: the sum errs wide
    expect(measure('VAVA 논문', 13, true)).toBe(70)
    expect(calls.sort()).toEqual([' ', 'A', 'V', '논', '문'])
    measure('A', 11, false) // another font: measured again
    expect(calls).toHaveLength(6)
  })

  it('measures whole a text whose characters draw differently together', () => {
    const { context, calls } = fakeContext()
    const measure = textMeasure(() => context)
    for (const text of ['Done ✔️', '👩‍💻 demo', 'Korea 🇰🇷', 'e\u0301t\u00e9', '👍🏽']) {
      calls.length = 0
      measure(text, 13, true)
      expect(calls).toEqual([text])
    }
  })

  it('stands in the estimate without a canvas', () => {
    const measure = textMeasure(() => null)
    expect(measure('Read papers', 13, true)).toBeGreaterThan(0)
  })
})
