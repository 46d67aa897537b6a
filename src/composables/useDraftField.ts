import { getCurrentScope, onScopeDispose, ref, watch, type Ref } from 'vue'
import { usePersistenceStore } from '@/stores/persistence'

/** Typing pauses this long before the text is handed to the store (and so to storage). */
export const DRAFT_DELAY_MS = 300

export interface DraftField {
  /** The field's text: bind with `v-model`. */
  text: Ref<string>
  /** Call on `input`: the text reaches the store after a pause in typing. */
  input: () => void
  /** Call on `change` (blur, Enter): the text reaches the store now. */
  commit: () => void
}

/**
 * A text field that autosaves like any other edit: debounced while typing, at once on change,
 * when the page hides or closes (the persistence store commits every open draft before it
 * journals or flushes), and when the field goes away.
 *
 * What the user is typing is never replaced: while the field holds text not yet accepted by
 * the store, a new stored value (another tab's save, taken over) leaves it alone. When `key`
 * changes (another milestone, another language), the old text is committed under the old key
 * first, then the field shows the new value.
 *
 * `save(text, key)` returns false when the store refused the text (the field keeps it and
 * shows its problem).
 */
export function useDraftField<K>(
  key: () => K,
  value: () => string,
  save: (text: string, key: K) => boolean,
): DraftField {
  const text = ref(value())
  let pending = false
  /** The store's value after this field's own last commit (it may be the text normalised). */
  let own: string | null = null
  let typedFor = key()
  let timer: ReturnType<typeof setTimeout> | undefined

  function commit() {
    clearTimeout(timer)
    if (!pending) return
    pending = !save(text.value, typedFor)
    if (!pending) own = value()
  }

  function input() {
    pending = true
    typedFor = key()
    clearTimeout(timer)
    timer = setTimeout(commit, DRAFT_DELAY_MS)
  }

  watch(key, (next, previous) => {
    if (pending && typedFor === previous) commit()
    pending = false
    own = null
    typedFor = next
    text.value = value()
  })
  watch(value, (next) => {
    // Its own commit coming back (say, trimmed) leaves the text as typed.
    if (!pending && next !== own) text.value = next
  })

  const off = usePersistenceStore().addDraft(commit)
  if (getCurrentScope())
    onScopeDispose(() => {
      commit()
      off()
    })
  return { text, input, commit }
}
