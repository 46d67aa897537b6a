import { describe, expect, it } from 'vitest'
import { isDoneWithoutEvidence } from '@/domain/evidence'
import { escapeXml, graphToSvg } from '@/domain/graphSvg'
import { cardMeta, NO_EVIDENCE_MARK } from '@/domain/cardGeometry'
import { WARN_COLOR } from '@/domain/graphStyle'
import { roadmapToSvg } from '@/domain/roadmapSvg'
import { chain } from '../helpers'

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

describe('the no-evidence mark, as the on-screen card draws it', () => {
  const card = {
    id: 'p',
    x: 0,
    y: 0,
    title: 'Read the paper',
    color: '#123456',
    status: 'done' as const,
    next: false,
  }
  const drawn = (unproven: boolean) =>
    graphToSvg({
      title: 'R',
      nextLabel: 'Next',
      lang: 'en',
      cards: [{ ...card, meta: cardMeta('10 h', unproven ? 'no evidence' : null), unproven }],
      edges: [],
    }).svg

  it('puts ⚠ and the words before the meta line, in the warning colour, with a dashed border', () => {
    const svg = drawn(true)
    expect(svg).toContain(`>${NO_EVIDENCE_MARK} no evidence · 10 h<`)
    expect(svg).toContain(`fill="${WARN_COLOR}" font-weight="600"`)
    expect(svg).toContain(`stroke="${WARN_COLOR}" stroke-width="1" stroke-dasharray="2 2"`)
  })

  it('draws none on a card with its evidence', () => {
    const svg = drawn(false)
    expect(svg).not.toContain(NO_EVIDENCE_MARK)
    expect(svg).not.toContain(WARN_COLOR)
  })

  it('is drawn for a roadmap’s milestone done without its evidence (the graph’s export)', () => {
    const base = chain({ a: 'done' })
    const roadmap = {
      ...base,
      milestones: base.milestones.map((m) =>
        m.id === 'a' ? { ...m, evidenceKind: 'paper' as const } : m,
      ),
    }
    const words = {
      locale: 'en' as const,
      hours: (h: number) => `${h} h`,
      next: 'Next',
      untitled: 'Roadmap',
      notes: new Map<string, string>(),
    }
    const at = () => ({ x: 0, y: 0 })
    const marked = roadmapToSvg(roadmap, at, new Set(), {
      ...words,
      noEvidence: { words: 'no evidence', marks: isDoneWithoutEvidence },
    })
    expect(marked.svg).toContain(`${NO_EVIDENCE_MARK} no evidence · `)
    // A shared link carries no evidence: without the words, nothing is marked.
    expect(roadmapToSvg(roadmap, at, new Set(), words).svg).not.toContain(NO_EVIDENCE_MARK)
  })
})
