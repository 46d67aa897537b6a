/**
 * The whole graph as one standalone SVG document (for download, PNG and print): every card
 * at full detail, styles inline, user text escaped. Card geometry and colours are the ones
 * the on-screen graph uses.
 */
import {
  boundsOf,
  CARD_HEIGHT as H,
  CARD_WIDTH as W,
  edgePath,
  estimateText,
  type Point,
  type TextMeasure,
} from './graphGeometry'
import {
  CARD_RADIUS,
  CARD_STRIPE,
  cardText,
  FONT_STACK,
  META_FONT_SIZE,
  META_Y,
  NEXT_PILL,
  STATUS_GLYPH,
  STATUS_ICON,
  TEXT_X,
  TITLE_FONT_SIZE,
  TITLE_LINE_HEIGHT,
} from './cardGeometry'
import {
  ACCENT,
  CARD_BORDER,
  EDGE_COLOR,
  MUTED_COLOR,
  SETTLED_TEXT_COLOR,
  STATUS_COLORS,
  TEXT_COLOR,
  WARN_COLOR,
} from './graphStyle'
import type { Status } from './schema'
import { settled } from './progress'

export interface SvgCard extends Point {
  id: string
  title: string
  /** The line under the title: hours, and why it was skipped or chosen (`cardMeta`). */
  meta: string
  /** Done without its evidence: the meta line (which then starts with ⚠) and border warn. */
  unproven?: boolean
  color: string
  status: Status
  next: boolean
}

export interface SvgGraph {
  title: string
  /** The word on "next up" pills. */
  nextLabel: string
  lang: string
  cards: SvgCard[]
  edges: { from: string; to: string; settled: boolean }[]
}

export function escapeXml(text: string): string {
  return text
    .replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(
      // Characters XML 1.0 cannot hold at all.
      /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g,
      '',
    )
}

const num = (x: number) => String(Math.round(x * 10) / 10)
const PAD = 32
const HEADER = 44

function card(c: SvgCard, measure: TextMeasure): string {
  const { lines, first, meta } = cardText(c.title, c.meta, measure)
  const colour = STATUS_COLORS[c.status]
  const glyph = STATUS_GLYPH[c.status]
  const isSettled = settled(c.status)
  const stroke = c.unproven ? WARN_COLOR : c.next ? ACCENT : CARD_BORDER
  const dash = c.unproven ? '2 2' : c.status === 'skipped' ? '5 3' : ''
  const s = CARD_STRIPE
  const parts = [
    `<g class="card" data-id="${escapeXml(c.id)}" transform="translate(${num(c.x - W / 2)},${num(c.y - H / 2)})">`,
    `<rect width="${W}" height="${H}" rx="${CARD_RADIUS}" fill="${c.status === 'skipped' ? '#f1f2f4' : '#ffffff'}" stroke="${stroke}" stroke-width="${c.next ? 2 : 1}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}" rx="${s.rx}" fill="${escapeXml(c.color)}"/>`,
    `<g transform="translate(${STATUS_ICON.x},${STATUS_ICON.y})"><circle r="${STATUS_ICON.r}" fill="${c.status === 'done' ? colour : '#ffffff'}" stroke="${colour}" stroke-width="2"/>`,
    glyph
      ? `<path d="${glyph}" fill="${c.status === 'in-progress' ? colour : 'none'}" stroke="${c.status === 'done' ? '#ffffff' : colour}" stroke-width="2" stroke-linecap="round"/>`
      : '',
    '</g>',
    `<text x="${TEXT_X}" y="${first}" font-size="${TITLE_FONT_SIZE}" font-weight="600" fill="${isSettled ? SETTLED_TEXT_COLOR : TEXT_COLOR}"${c.status === 'done' ? ' text-decoration="line-through"' : ''}>`,
    ...lines.map(
      (l, i) =>
        `<tspan x="${TEXT_X}" dy="${i === 0 ? 0 : TITLE_LINE_HEIGHT}">${escapeXml(l)}</tspan>`,
    ),
    '</text>',
    `<text x="${TEXT_X}" y="${META_Y}" font-size="${META_FONT_SIZE}" fill="${c.unproven ? `${WARN_COLOR}" font-weight="600` : MUTED_COLOR}">${escapeXml(meta)}</text>`,
  ]
  return parts.join('') + '</g>'
}

/**
 * The document, sized to the graph plus a margin and a title line. `measure` wraps the titles
 * (the browser's measure, so they break where the screen breaks them).
 */
export function graphToSvg(
  graph: SvgGraph,
  measure: TextMeasure = estimateText,
): { svg: string; width: number; height: number } {
  const b = boundsOf(graph.cards) ?? { x0: 0, y0: 0, x1: W, y1: H }
  const width = Math.ceil(b.x1 - b.x0 + 2 * PAD)
  const height = Math.ceil(b.y1 - b.y0 + 2 * PAD + HEADER)
  const dx = PAD - b.x0
  const dy = PAD + HEADER - b.y0
  const at = new Map(graph.cards.map((c) => [c.id, c]))
  const edges = graph.edges.flatMap((e) => {
    const s = at.get(e.from)
    const t = at.get(e.to)
    if (!s || !t) return []
    return [
      `<path d="${edgePath(s, t)}" fill="none" stroke="${e.settled ? '#c3c9d4' : EDGE_COLOR}" stroke-width="1.6" marker-end="url(#arrow)"/>`,
    ]
  })
  const pills = graph.cards
    .filter((c) => c.next)
    .map(
      (c) =>
        `<g transform="translate(${num(c.x - W / 2 + NEXT_PILL.x)},${num(c.y - H / 2 + NEXT_PILL.y)})"><rect width="${NEXT_PILL.width}" height="${NEXT_PILL.height}" rx="${NEXT_PILL.rx}" fill="${ACCENT}"/><text x="${NEXT_PILL.textX}" y="${NEXT_PILL.textY}" text-anchor="middle" font-size="${NEXT_PILL.fontSize}" font-weight="700" fill="#ffffff">${escapeXml(graph.nextLabel)}</text></g>`,
    )
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${escapeXml(graph.lang)}" font-family="${escapeXml(FONT_STACK)}">`,
    `<title>${escapeXml(graph.title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${EDGE_COLOR}"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${PAD}" y="${PAD + 8}" font-size="20" font-weight="700" fill="${TEXT_COLOR}">${escapeXml(graph.title)}</text>`,
    `<g transform="translate(${num(dx)},${num(dy)})">`,
    ...edges,
    ...graph.cards.map((c) => card(c, measure)),
    ...pills,
    '</g></svg>',
  ].join('\n')
  return { svg, width, height }
}
