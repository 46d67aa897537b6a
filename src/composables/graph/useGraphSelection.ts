import { ref, shallowRef } from 'vue'

/** Which cards are selected, and the one with keyboard focus (or last clicked). */
export function useGraphSelection() {
  const selection = shallowRef<ReadonlySet<string>>(new Set())
  const focusedId = ref<string | null>(null)

  /** The cards an action on `id` applies to: the whole selection when `id` is part of it. */
  function targets(id: string): string[] {
    return selection.value.has(id) ? [...selection.value] : [id]
  }

  return { selection, focusedId, targets }
}
