import { storeToRefs } from 'pinia'
import { onMounted, onUnmounted, type Ref } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import { choiceNotes } from '@/domain/cardStrings'
import { afterNextPaint } from '@/utils/afterPaint'
import { measureText } from '@/utils/measureText'
import { isDoneWithoutEvidence } from '@/domain/evidence'
import { useRoadmapStore } from '@/stores/roadmap'
import { useDownload } from '@/composables/useDownload'
import type { GraphEditor } from './useGraphEditor'

type Drawing = typeof import('@/utils/graphDrawing')

/**
 * The graph as files: a standalone SVG of every card (not only those on screen), a PNG drawn
 * from it, and the same SVG placed in the page while printing, so print shows the whole graph.
 * The drawing code (`utils/graphDrawing`) is not part of the graph view's first download: it
 * loads once the view's first frame is drawn, so it is there for the browser's own Print too.
 */
export function useGraphExport(
  editor: Pick<GraphEditor, 'model' | 'notice'>,
  printHost: Ref<HTMLElement | null>,
) {
  const store = useRoadmapStore()
  const { active, upNext } = storeToRefs(store)
  const { t, n, locale } = useI18n()
  const { download, downloadBlob } = useDownload()

  let drawing: Drawing | null = null
  const loadDrawing = async () => (drawing ??= await import('@/utils/graphDrawing'))

  function build(draw: Drawing | null = drawing) {
    const roadmap = active.value
    if (!roadmap || !draw) return null
    const loc = locale.value
    const next = new Set(upNext.value.map((m) => m.id))
    return draw.roadmapToSvg(roadmap, (id) => editor.model.cards.get(id), next, {
      locale: loc,
      hours: (h) => t('milestone.estimate', { hours: n(h) }),
      next: t('graph.next'),
      untitled: t('plan.title'),
      noEvidence: { words: t('graph.noEvidence'), marks: isDoneWithoutEvidence },
      notes: choiceNotes(roadmap, t, loc),
      measure: measureText,
    })
  }

  const fileName = (ext: string) => `ml-roadmap.${ext}`

  async function downloadSvg() {
    const doc = build(await loadDrawing())
    if (doc) download(fileName('svg'), doc.svg, 'image/svg+xml')
  }

  async function downloadPng() {
    const draw = await loadDrawing()
    const doc = build(draw)
    if (!doc) return
    try {
      downloadBlob(fileName('png'), await draw.graphPng(doc))
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
    if (!host || !active.value) return
    const draw = drawing
    const doc = build(draw)
    if (!draw || !doc) {
      // The browser's own Print in the moment before the drawing code has arrived: the page
      // says so instead of printing nothing, and the code is asked for again.
      const note = document.createElement('p')
      note.textContent = t('graph.printNotReady')
      host.replaceChildren(note)
      document.documentElement.classList.add('graph-print')
      loadDrawing().catch(() => {})
      return
    }
    const pages = draw.printPages(doc)
    host.replaceChildren(...pages.map((page) => document.importNode(page, true)))
    document.documentElement.classList.add('graph-print')
  }
  function clearPrint() {
    printHost.value?.replaceChildren()
    document.documentElement.classList.remove('graph-print')
  }
  async function print() {
    await loadDrawing()
    preparePrint()
    window.print()
  }

  onMounted(() => {
    // Downloaded once the graph's first frame is drawn; a failed download is reported when an
    // export needs it (the app's error notice).
    void afterNextPaint().then(() => loadDrawing().catch(() => {}))
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
