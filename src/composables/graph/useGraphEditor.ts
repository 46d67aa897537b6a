import { storeToRefs } from 'pinia'
import { computed, inject, provide, ref, shallowRef, toRaw, type InjectionKey } from 'vue'
import { useI18n } from '@/i18n/useI18n'
import { timer } from 'd3-timer'
import { easeCubicInOut } from '@/domain/gestures'
import type { GraphError } from '@/domain/graph'
import type { Point } from '@/domain/graphGeometry'
import { layoutFromPositions, layoutRoadmap } from '@/domain/graphLayout'
import { localize } from '@/domain/locale'
import { unmetPrerequisites } from '@/domain/progress'
import type { Locale, Status } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'
import { useDoneGuard } from '@/composables/useDoneGuard'
import { useGraphModel } from './useGraphModel'
import { prefersReducedMotion } from '@/composables/useReducedMotion'

export interface Notice {
  tone: 'error' | 'info'
  text: string
  /** Offer an undo button next to the message. */
  undo?: boolean
}

/** What the canvas offers the toolbar, the panel and the keyboard; set once it is mounted. */
export interface GraphControls {
  zoomIn(): void
  zoomOut(): void
  fit(animate?: boolean): void
  /** Moves keyboard focus to a card, bringing it into view. */
  focusCard(id: string): void
  /** Centres the view on a card at a readable scale. */
  centreCard(id: string): void
  /** Centre of the visible area, in graph coordinates (where new cards go). */
  viewCentre(): Point
}

/**
 * State of the graph editor shared by the view's parts: selection, focus, the open panel,
 * search and filters, and the edits that span them. Edits go through the roadmap store,
 * one undo step each.
 */
export function useGraphEditor() {
  const store = useRoadmapStore()
  const { active, milestoneById } = storeToRefs(store)
  const { t, locale } = useI18n()
  const model = useGraphModel(active)
  const doneGuard = useDoneGuard()

  const selection = shallowRef<ReadonlySet<string>>(new Set())
  const focusedId = ref<string | null>(null)
  const panelId = ref<string | null>(null)
  /** The new-milestone form, with where the card will go. */
  const creating = shallowRef<{ position?: Point } | null>(null)
  const query = ref('')
  const matchIndex = ref(-1)
  const trackFilter = ref('')
  const statusFilter = ref<Status | ''>('')
  const notice = shallowRef<Notice | null>(null)
  const shortcutsOpen = ref(false)
  const arranging = ref(false)
  /** Cards being dragged: always rendered, even outside the culled area. */
  const dragging = shallowRef<ReadonlySet<string>>(new Set())
  const controls = shallowRef<GraphControls | null>(null)

  const loc = computed(() => locale.value as Locale)
  const titleOf = (id: string) => localize(milestoneById.value.get(id)?.title, loc.value) || id

  /** Cards the filters leave out. */
  const hidden = computed<ReadonlySet<string>>(() => {
    const out = new Set<string>()
    if (!trackFilter.value && !statusFilter.value) return out
    for (const m of active.value?.milestones ?? [])
      if (
        (trackFilter.value && m.track !== trackFilter.value) ||
        (statusFilter.value && m.status !== statusFilter.value)
      )
        out.add(m.id)
    return out
  })

  /** Search matches, left to right then top to bottom, so Enter walks through them in order. */
  const matches = computed<string[]>(() => {
    const q = query.value.trim().toLocaleLowerCase()
    if (!q || !active.value) return []
    void model.version.value
    return active.value.milestones
      .filter((m) => !hidden.value.has(m.id))
      .filter((m) => `${m.title.ko}\n${m.title.en}`.toLocaleLowerCase().includes(q))
      .map((m) => m.id)
      .sort((a, b) => {
        // Untracked reads: a drag must not re-run the search on every step.
        const pa = toRaw(model.cards.get(a)!)
        const pb = toRaw(model.cards.get(b)!)
        return pa.x - pb.x || pa.y - pb.y
      })
  })
  /** The match Enter last moved to; -1 before the first Enter. */
  const currentMatch = computed(() =>
    matches.value.length && matchIndex.value >= 0
      ? matches.value[matchIndex.value % matches.value.length]!
      : null,
  )

  function describe(error: GraphError): string {
    if (error.kind === 'cycle')
      return t('graphError.cycle', { path: error.path.map(titleOf).join(' → ') })
    return t(`graphError.${error.kind}`)
  }

  function refused() {
    if (store.lastError) notice.value = { tone: 'error', text: describe(store.lastError) }
  }

  /** The cards an action on `id` applies to: the whole selection when `id` is part of it. */
  function targets(id: string): string[] {
    return selection.value.has(id) ? [...selection.value] : [id]
  }

  /** Marking evidence milestones done without their evidence asks first ("mark done anyway?"). */
  async function setStatus(ids: string[], status: Status) {
    if (!ids.length) return
    const question = doneGuard.check(ids, status)
    if (question !== null && !(await doneGuard.ask(question))) return
    if (!store.setStatusMany(ids, status)) return refused()
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

  /** Runs the layered layout again (keeping layers and order) and glides the cards there. */
  function arrange() {
    const roadmap = active.value
    if (!roadmap || arranging.value) return
    const previous = model.previousLayout() ?? layoutFromPositions(roadmap, model.positions())
    const result = layoutRoadmap(roadmap, previous)
    model.rememberLayout(result)
    const target = new Map(result.nodes.map((n) => [n.id, { x: n.x, y: n.y }]))
    const finish = () => {
      arranging.value = false
      place(target)
      controls.value?.fit()
    }
    if (prefersReducedMotion()) return finish()
    arranging.value = true
    const paths = [...target].flatMap(([id, to]) => {
      const card = model.cards.get(id)
      return card ? [{ card, from: { x: card.x, y: card.y }, to }] : []
    })
    const duration = 450
    const run = timer((elapsed) => {
      const u = Math.min(1, elapsed / duration)
      const e = easeCubicInOut(u)
      for (const { card, from, to } of paths) {
        card.x = from.x + (to.x - from.x) * e
        card.y = from.y + (to.y - from.y) * e
      }
      if (u >= 1) {
        run.stop()
        finish()
      }
    })
  }

  function openCreate(position?: Point) {
    panelId.value = null
    creating.value = position ? { position } : {}
  }

  return {
    model,
    selection,
    focusedId,
    panelId,
    creating,
    query,
    matchIndex,
    trackFilter,
    statusFilter,
    notice,
    shortcutsOpen,
    arranging,
    dragging,
    controls,
    hidden,
    matches,
    currentMatch,
    titleOf,
    describe,
    targets,
    setStatus,
    toggleDone,
    remove,
    connect,
    disconnect,
    place,
    unstoredPositions,
    undo,
    redo,
    arrange,
    openCreate,
  }
}

export type GraphEditor = ReturnType<typeof useGraphEditor>
const EDITOR: InjectionKey<GraphEditor> = Symbol('graph-editor')

export function provideGraphEditor(): GraphEditor {
  const editor = useGraphEditor()
  provide(EDITOR, editor)
  return editor
}

export function injectGraphEditor(): GraphEditor {
  const editor = inject(EDITOR)
  if (!editor) throw new Error('the graph editor is provided by GraphView')
  return editor
}
