/**
 * What the graph view loads after its first frame for its files and print: the drawing
 * (`domain/roadmapSvg`), its PNG and the print pages cut from it. Not in the first download.
 */
import { svgToPng } from './svgExport'

export { roadmapToSvg } from '@/domain/roadmapSvg'

/** Largest PNG side we ask a canvas for (browsers refuse much larger ones). */
const MAX_PNG_SIDE = 8192

/** The drawing as a PNG: twice its size, less when that would pass `MAX_PNG_SIDE`. */
export function graphPng(doc: { svg: string; width: number; height: number }): Promise<Blob> {
  const scale = Math.min(2, MAX_PNG_SIDE / doc.width, MAX_PNG_SIDE / doc.height)
  // The graph's SVG paints its own white background; the fill only matches it.
  return svgToPng(doc.svg, doc, '#ffffff', scale)
}

/**
 * Print parts, in graph units: a landscape page's worth at about 9 pt card titles, with some
 * overlap so a card cut by one page edge is whole on the next.
 */
const PRINT_TILE = { w: 1120, h: 740, overlap: 90, maxPages: 48 }

/**
 * The pages that print the drawing: first all of it on one page, then, when that is too small
 * to read, the same drawing in overlapping page-sized parts at a legible scale.
 */
export function printPages(doc: { svg: string; width: number; height: number }): Element[] {
  const source = new DOMParser().parseFromString(doc.svg, 'image/svg+xml').documentElement
  source.removeAttribute('width')
  source.removeAttribute('height')
  const pages: Element[] = [source]
  const step = { w: PRINT_TILE.w - PRINT_TILE.overlap, h: PRINT_TILE.h - PRINT_TILE.overlap }
  const cols = Math.ceil(Math.max(1, doc.width - PRINT_TILE.overlap) / step.w)
  const rows = Math.ceil(Math.max(1, doc.height - PRINT_TILE.overlap) / step.h)
  if (cols * rows > 1 && cols * rows <= PRINT_TILE.maxPages)
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) {
        const tile = source.cloneNode(true) as Element
        tile.setAttribute('viewBox', `${c * step.w} ${r * step.h} ${PRINT_TILE.w} ${PRINT_TILE.h}`)
        tile.setAttribute('preserveAspectRatio', 'xMinYMin meet')
        pages.push(tile)
      }
  return pages
}
