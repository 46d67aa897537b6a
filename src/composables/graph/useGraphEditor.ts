import { storeToRefs } from 'pinia'
import { provide, shallowRef, toRaw, type InjectionKey } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import type { Point } from '@/domain/graphGeometry'
import { localize } from '@/domain/locale'
import { unmetPrerequisites } from '@/domain/progress'
import type { Status } from '@/domain/schema'
import { usePersistenceStore } from '@/stores/persistence'
import { useRoadmapStore } from '@/stores/roadmap'
import { useDoneGuard } from '@/composables/useDoneGuard'
import { useGraphArrange } from './useGraphArrange'
import { fromGraphView, GRAPH_VIEWPORT, useGraphCamera, type GraphCamera } from './useGraphCamera'
import { useGraphModel } from './useGraphModel'
import { useGraphNotices } from './useGraphNotices'
import { useGraphPanels } from './useGraphPanels'
import { useGraphSearch } from './useGraphSearch'
import { useGraphSelection } from './useGraphSelection'

export type { Notice } from './useGraphNotices'

/**
 * The graph editor, made of parts that each take only what they need: the model (cards'
 * live positions), selection and focus, search and filters, panels (panel, form, shortcuts),
 * notices, arrange, the viewport (`useGraphCamera`, provided on its own); and here the edits
 * that span them. Edits go through the roadmap store, one undo step each.
 */
export function useGraphEditor() {
  const store = useRoadmapStore()
  const { active, milestoneById } = storeToRefs(store)
  const { t, locale: loc } = useI18n()
  // The layout kept from the last session spares the first frame the layout's cold start.
  const persistence = usePersistenceStore()
  const model = useGraphModel(active, {
    read: persistence.keptLayout,
    write: persistence.keepLayout,
  })
  const doneGuard = useDoneGuard()

  const titleOf = (id: string) => localize(milestoneById.value.get(id)?.title, loc.value) || id

  const { selection, focusedId, targets } = useGraphSelection()
  const search = useGraphSearch(active, model)
  const camera = useGraphCamera(model, search.shownCards, focusedId)
  const panels = useGraphPanels(
    () => focusedId.value,
    (id) => milestoneById.value.has(id),
    camera.focusCard,
  )
  const { panelId } = panels
  const { notice, describe, refused: explain } = useGraphNotices(titleOf)
  /** Cards being dragged: always rendered, even outside the culled area. */
  const dragging = shallowRef<ReadonlySet<string>>(new Set())

  const refused = () => explain(store.lastError)

  /** Marking evidence milestones done without their evidence asks first ("mark done anyway?"). */
  async function setStatus(ids: string[], status: Status) {
    if (!ids.length) return
    const outcome = await doneGuard.setStatus(ids, status)
    if (outcome === 'refused') return refused()
    if (outcome === 'declined') return
    // Done ahead of what comes first is allowed (the user knows best), but said, with undo.
    // The changed milestones are done by now, so only prerequisites outside them are open.
    const r = active.value
    const open =
      status === 'done' && r
        ? [...new Set(ids.flatMap((id) => unmetPrerequisites(r, id).map((m) => m.id)))]
        : []
    notice.value = open.length
      ? {
          tone: 'info',
          text: t('graph.doneBeforePrereqs', { list: open.map(titleOf).join(', ') }),
          undo: true,
        }
      : null
  }

  function toggleDone(id: string) {
    const m = milestoneById.value.get(id)
    if (m) void setStatus(targets(id), m.status === 'done' ? 'todo' : 'done')
  }

  function remove(ids: string[]) {
    if (!ids.length) return
    store.removeMilestones(ids)
    selection.value = new Set()
    if (panelId.value && ids.includes(panelId.value)) panelId.value = null
    if (focusedId.value && ids.includes(focusedId.value)) focusedId.value = null
    notice.value = {
      tone: 'info',
      text: t('graph.deleted', { count: ids.length }, ids.length),
      undo: true,
    }
  }

  function connect(from: string, to: string): boolean {
    const ok = store.connect(from, to)
    if (ok)
      notice.value = {
        tone: 'info',
        text: t('graph.connected', { from: titleOf(from), to: titleOf(to) }),
      }
    else refused()
    return ok
  }

  function disconnect(from: string, to: string) {
    store.disconnect(from, to)
    notice.value = null
  }

  /** Where the cards laid out automatically (never stored) are now. */
  function unstoredPositions(): Map<string, Point> {
    const all = new Map<string, Point>()
    for (const id of model.unstored()) {
      const c = toRaw(model.cards.get(id))
      if (c) all.set(id, { x: c.x, y: c.y })
    }
    return all
  }

  /** Stores card positions as one step; cards never placed before are stored with them. */
  function place(moved: ReadonlyMap<string, Point>) {
    const all = unstoredPositions()
    for (const [id, p] of moved) all.set(id, p)
    store.placeMilestones(all)
    model.touch()
  }

  function undo() {
    if (store.undo()) notice.value = null
  }
  function redo() {
    if (store.redo()) notice.value = null
  }

  const { arranging, arrange } = useGraphArrange(
    () => active.value,
    model,
    place,
    () => camera.fit(),
  )

  const editor = {
    model,
    selection,
    focusedId,
    targets,
    ...search,
    ...panels,
    notice,
    describe,
    arranging,
    arrange,
    dragging,
    titleOf,
    setStatus,
    toggleDone,
    remove,
    connect,
    disconnect,
    place,
    unstoredPositions,
    undo,
    redo,
  }
  return { editor, viewport: camera }
}

export type GraphEditor = ReturnType<typeof useGraphEditor>['editor']
const EDITOR: InjectionKey<GraphEditor> = Symbol('graph-editor')

/** GraphView's: the editor for its parts, and the viewport on its own (`injectGraphViewport`). */
export function provideGraphEditor(): { editor: GraphEditor; viewport: GraphCamera } {
  const made = useGraphEditor()
  provide(EDITOR, made.editor)
  provide(GRAPH_VIEWPORT, made.viewport)
  return made
}

export const injectGraphEditor = () => fromGraphView(EDITOR)
