/**
 * The one text-width estimate, for where nothing measures text: the graph wraps card titles
 * with it when there is no browser (tests, the export's default), the time charts wrap legends
 * and keep labels apart with it. Pure: no DOM (the browser's measure is `utils/measureText.ts`).
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/

/** Rough advance width of a character in em: CJK and full-width forms are square. */
function charWidth(ch: string): number {
  if (WIDE.test(ch)) return 1
  // Tuned for bold system sans (the card title), so regular text errs on the safe side.
  if (ch === ' ') return 0.3
  if (/[il.,:;'|!()[\]]/.test(ch)) return 0.32
  if (/[mwMW@]/.test(ch)) return 0.92
  if (/[A-Z0-9]/.test(ch)) return 0.7
  return 0.6
}

/** The width of `text` at `fontSize` px, estimated; errs wide. */
export function textWidth(text: string, fontSize = 12): number {
  let w = 0
  for (const ch of text) w += charWidth(ch)
  return w * fontSize
}
