import { storeToRefs } from 'pinia'
import { onMounted, onUnmounted, type Ref } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import { graphToSvg, type SvgCard } from '@/domain/graphSvg'
import { choiceNotes } from '@/components/graph/cardStrings'
import { measureText } from '@/components/graph/measureText'
import { localize } from '@/domain/locale'
import type { Locale } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'
import { svgToPng, useDownload } from './useDownload'
import type { GraphEditor } from './useGraphEditor'

/**
 * Print parts, in graph units: a landscape page's worth at about 9 pt card titles, with some
 * overlap so a card cut by one page edge is whole on the next.
 */
const PRINT_TILE = { w: 1120, h: 740, overlap: 90, maxPages: 48 }
/** Largest PNG side we ask a canvas for (browsers refuse much larger ones). */
const MAX_PNG_SIDE = 8192

/**
 * The graph as files: a standalone SVG of every card (not only those on screen), a PNG drawn
 * from it, and the same SVG placed in the page while printing, so print shows the whole graph.
 */
export function useGraphExport(editor: GraphEditor, printHost: Ref<HTMLElement | null>) {
  const store = useRoadmapStore()
  const { active, upNext } = storeToRefs(store)
  const { t, n, locale } = useI18n()
  const { download, downloadBlob } = useDownload()

  function build() {
    const roadmap = active.value
    const loc = locale.value as Locale
    if (!roadmap) return null
    const colour = new Map(roadmap.tracks.map((tr) => [tr.id, tr.color]))
    const next = new Set(upNext.value.map((m) => m.id))
    const byId = new Map(roadmap.milestones.map((m) => [m.id, m]))
    const notes = choiceNotes(roadmap, t, loc)
    const cards: SvgCard[] = roadmap.milestones.map((m) => {
      const at = editor.model.cards.get(m.id) ?? { x: 0, y: 0 }
      const hours = t('milestone.estimate', { hours: n(m.estimateHours) })
      const note = notes.get(m.id) ?? (m.status === 'skipped' ? (m.skipReason ?? '') : '')
      return {
        id: m.id,
        x: at.x,
        y: at.y,
        title: localize(m.title, loc),
        meta: note ? `${hours} · ${note}` : hours,
        color: colour.get(m.track) ?? '#888888',
        status: m.status,
        next: next.has(m.id),
      }
    })
    const settled = (id: string) => {
      const s = byId.get(id)?.status
      return s === 'done' || s === 'skipped'
    }
    return graphToSvg(
      {
        title: roadmap.name || t('plan.title'),
        nextLabel: t('graph.next'),
        lang: loc,
        cards,
        edges: roadmap.edges.map((e) => ({ ...e, settled: settled(e.from) })),
      },
      measureText,
    )
  }

  const fileName = (ext: string) => `ml-roadmap.${ext}`

  function downloadSvg() {
    const doc = build()
    if (doc) download(fileName('svg'), doc.svg, 'image/svg+xml')
  }

  async function downloadPng() {
    const doc = build()
    if (!doc) return
    const scale = Math.min(2, MAX_PNG_SIDE / doc.width, MAX_PNG_SIDE / doc.height)
    try {
      // The graph's SVG paints its own white background; the fill only matches it.
      downloadBlob(fileName('png'), await svgToPng(doc.svg, doc, '#ffffff', scale))
    } catch {
      editor.notice.value = { tone: 'error', text: t('graph.pngFailed') }
    }
  }

  /**
   * Puts the whole graph into the print-only host (a subtree Vue never renders into): first
   * all of it on one page, then, when that is too small to read, the same drawing in
   * overlapping page-sized parts at a legible scale.
   */
  function preparePrint() {
    const host = printHost.value
    const doc = build()
    if (!host || !doc) return
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
          tile.setAttribute(
            'viewBox',
            `${c * step.w} ${r * step.h} ${PRINT_TILE.w} ${PRINT_TILE.h}`,
          )
          tile.setAttribute('preserveAspectRatio', 'xMinYMin meet')
          pages.push(tile)
        }
    host.replaceChildren(...pages.map((page) => document.importNode(page, true)))
    document.documentElement.classList.add('graph-print')
  }
  function clearPrint() {
    printHost.value?.replaceChildren()
    document.documentElement.classList.remove('graph-print')
  }
  function print() {
    preparePrint()
    window.print()
  }

  onMounted(() => {
    window.addEventListener('beforeprint', preparePrint)
    window.addEventListener('afterprint', clearPrint)
  })
  onUnmounted(() => {
    clearPrint()
    window.removeEventListener('beforeprint', preparePrint)
    window.removeEventListener('afterprint', clearPrint)
  })

  return { build, downloadSvg, downloadPng, print }
}
