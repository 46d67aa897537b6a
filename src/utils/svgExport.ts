/**
 * Turns a chart's live `<svg>` into a standalone file: the styles that come from CSS (colours
 * from CSS variables, fonts) are copied inline, so the file looks the same outside the app.
 */

const STYLE_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
] as const

const SVG_NS = 'http://www.w3.org/2000/svg'

export function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  return {
    width: Number(svg.getAttribute('width')) || svg.clientWidth || 640,
    height: Number(svg.getAttribute('height')) || svg.clientHeight || 320,
  }
}

/** Standalone SVG text for `svg`, with computed styles inlined and a background filled in. */
export function serializeSvg(svg: SVGSVGElement, background: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement
  const originals = [svg, ...svg.querySelectorAll('*')]
  const copies = [clone, ...clone.querySelectorAll('*')]
  const hidden: Element[] = []
  const styles = new Map<Element, Map<string, string>>()
  originals.forEach((original, i) => {
    const copy = copies[i]
    if (!copy) return
    const computed = getComputedStyle(original)
    if (computed.display === 'none') hidden.push(copy)
    const own = new Map(STYLE_PROPERTIES.map((p) => [p, computed.getPropertyValue(p).trim()]))
    styles.set(original, own)
    // Inherited properties are written only where they change, which keeps the file small.
    const parent = original === svg ? undefined : styles.get(original.parentElement as Element)
    const style = [...own]
      .filter(
        ([p, value]) =>
          value !== '' && (p === 'opacity' ? value !== '1' : parent?.get(p) !== value),
      )
      .map(([p, value]) => `${p}:${value}`)
      .join(';')
    if (style) copy.setAttribute('style', style)
    for (const attr of [...copy.attributes])
      if (attr.name === 'class' || attr.name === 'tabindex' || attr.name.startsWith('data-v-'))
        copy.removeAttribute(attr.name)
  })
  for (const el of hidden) el.remove()
  const { width, height } = svgSize(svg)
  clone.setAttribute('xmlns', SVG_NS)
  clone.setAttribute('width', String(width))
  clone.setAttribute('height', String(height))
  clone.setAttribute('viewBox', `0 0 ${width} ${height}`)
  const backdrop = document.createElementNS(SVG_NS, 'rect')
  backdrop.setAttribute('width', '100%')
  backdrop.setAttribute('height', '100%')
  backdrop.setAttribute('fill', background)
  clone.insertBefore(backdrop, clone.firstChild)
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`
}

/**
 * Rasterises standalone SVG text to a PNG of `size` × `scale` pixels on a solid background.
 * Shared by the chart and graph downloads.
 */
export async function svgToPng(
  svgText: string,
  size: { width: number; height: number },
  background: string,
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }))
  try {
    const image = new Image()
    image.src = url
    await image.decode()
    const canvas = document.createElement('canvas')
    canvas.width = Math.round(size.width * scale)
    canvas.height = Math.round(size.height * scale)
    const context = canvas.getContext('2d')
    if (!context) throw new Error('no 2D canvas')
    context.fillStyle = background
    context.fillRect(0, 0, canvas.width, canvas.height)
    context.drawImage(image, 0, 0, canvas.width, canvas.height)
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'),
    )
  } finally {
    URL.revokeObjectURL(url)
  }
}
