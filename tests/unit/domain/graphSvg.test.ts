import { describe, expect, it } from 'vitest'
import { escapeXml, graphToSvg } from '@/domain/graphSvg'

describe('graphToSvg', () => {
  const doc = graphToSvg({
    title: 'My <roadmap> & "plans"',
    nextLabel: 'Next',
    lang: 'en',
    cards: [
      {
        id: 'a',
        x: 0,
        y: 0,
        title: 'Learn <script>alert(1)</script>',
        meta: '10 h',
        color: '#123456',
        status: 'done',
        next: false,
      },
      {
        id: 'b',
        x: 300,
        y: 0,
        title: 'Then this',
        meta: '5 h',
        color: '#654321',
        status: 'todo',
        next: true,
      },
    ],
    edges: [{ from: 'a', to: 'b', settled: true }],
  })

  it('is a well-formed SVG document holding every card, its edges and the title', () => {
    const parsed = new DOMParser().parseFromString(doc.svg, 'image/svg+xml')
    expect(parsed.querySelector('parsererror')).toBeNull()
    expect(parsed.documentElement.nodeName.toLowerCase()).toBe('svg')
    expect(doc.svg).toContain('marker-end="url(#arrow)"')
    expect(doc.svg).toContain('>Then this<')
    expect(doc.svg).toContain('>Next<')
    expect(doc.width).toBeGreaterThan(300)
  })

  it('escapes user text: no markup gets through', () => {
    expect(doc.svg).not.toContain('<script')
    expect(doc.svg).toContain('&#60;script&#62;')
    expect(escapeXml('a & b < c "d" \'e\'\u0001')).toBe('a &#38; b &#60; c &#34;d&#34; &#39;e&#39;')
  })
})
