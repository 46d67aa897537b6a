import { computed, ref, shallowRef } from 'vue'
import type { Roadmap, Template } from '@/domain/schema'
import type { TemplateUpdate } from '@/domain/templateUpdate'
import { useRoadmapStore } from '@/stores/roadmap'
import { useTimeStore } from '@/stores/time'

type Planner = typeof import('@/domain/templateUpdate')

/**
 * The current template and the planner, loaded once and lazily: the graph is a first view, and
 * they are needed only to tell whether the roadmap is behind the template and what would change
 * (src/template.ts validates the template).
 */
const loaded = shallowRef<{ template: Template; planner: Planner } | null>(null)
let loading: Promise<void> | null = null
/** "Not now": `roadmapId@version` pairs not offered again until the page is reloaded. */
const dismissed = ref<readonly string[]>([])
/** The update just applied, while its Undo is offered (only as long as nothing else changed). */
const applied = shallowRef<{ next: Roadmap; update: TemplateUpdate } | null>(null)

function load(): Promise<void> {
  loading ??= Promise.all([import('@/template'), import('@/domain/templateUpdate')]).then(
    ([t, planner]) => {
      loaded.value = { template: t.template, planner }
    },
    () => {
      loading = null // offline before the chunks were cached: try again on the next view
    },
  )
  return loading
}

/**
 * Offers to update the active roadmap to the mentor's revised template (domain/templateUpdate.ts):
 * whether there is an offer, a preview of what would change, applying it as one undo step, undoing
 * it, and "not now". The state is shared by the graph and the list.
 */
export function useTemplateUpdate() {
  const store = useRoadmapStore()
  const time = useTimeStore()
  const ready = load()

  const key = (r: Roadmap, t: Template) => `${r.id}@${t.templateVersion}`
  const offer = computed(() => {
    const r = store.active
    const l = loaded.value
    if (!r || !l || !l.planner.updateAvailable(r, l.template.templateVersion)) return null
    if (dismissed.value.includes(key(r, l.template))) return null
    return { version: l.template.templateVersion }
  })
  /** The update applied last, while the roadmap is still exactly its result. */
  const undoable = computed(() =>
    applied.value && store.active === applied.value.next ? applied.value.update : null,
  )

  /** Milestones with time logged on them: they count as progress. */
  const logged = () => time.entries.flatMap((e) => (e.milestone ? [e.milestone] : []))

  function preview(now = new Date()): TemplateUpdate | null {
    const r = store.active
    const l = loaded.value
    if (!r || !l) return null
    return l.planner.planTemplateUpdate(r, l.template, { now, loggedMilestones: logged() })
  }

  async function apply(now = new Date()): Promise<TemplateUpdate | null> {
    const l = loaded.value
    const update = l ? await store.updateToTemplate(l.template, now, logged()) : null
    applied.value = update && store.active ? { next: store.active, update } : null
    return update
  }

  function undo(): boolean {
    if (!undoable.value || !store.undo()) return false
    applied.value = null
    return true
  }

  function dismiss() {
    const r = store.active
    const l = loaded.value
    if (r && l) dismissed.value = [...dismissed.value, key(r, l.template)]
  }

  return { offer, undoable, preview, apply, undo, dismiss, ready }
}
