import { ref, shallowRef } from 'vue'
import type { Point } from '@/domain/graphGeometry'

/**
 * What opens beside or over the graph: the milestone panel, the new-milestone form (with where
 * the card will go) and the shortcuts dialog. Closing the panel or the form gives keyboard
 * focus back to the card it came from (`focusCard`), when that card is still there.
 */
export function useGraphPanels(
  focusedId: () => string | null,
  exists: (id: string) => boolean,
  focusCard: (id: string) => void,
) {
  const panelId = ref<string | null>(null)
  const creating = shallowRef<{ position?: Point } | null>(null)
  const shortcutsOpen = ref(false)

  function openPanel(id: string) {
    creating.value = null
    panelId.value = id
  }
  function openCreate(position?: Point) {
    panelId.value = null
    creating.value = position ? { position } : {}
  }
  function closePanel() {
    const id = panelId.value
    panelId.value = null
    if (id && exists(id)) focusCard(id)
  }
  function closeCreate() {
    creating.value = null
    const id = focusedId()
    if (id) focusCard(id)
  }

  return {
    panelId,
    creating,
    shortcutsOpen,
    openPanel,
    openCreate,
    closePanel,
    closeCreate,
  }
}
