import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { provideGraphEditor, type GraphEditor } from '@/composables/graph/useGraphEditor'
import { createAppI18n } from '@/i18n'
import type { Roadmap } from '@/domain/schema'
import { useRoadmapStore } from '@/stores/roadmap'

/** Mounts graph-editor parts under the editor GraphView provides, on a loaded roadmap. */
export function mountInEditor(
  roadmap: Roadmap,
  child: Component,
  props: Record<string, unknown> = {},
  locale: 'en' | 'ko' = 'en',
) {
  setActivePinia(createPinia())
  const store = useRoadmapStore()
  store.hydrate({ roadmaps: [roadmap], activeRoadmapId: roadmap.id })
  let editor!: GraphEditor
  const Harness = defineComponent({
    setup() {
      editor = provideGraphEditor().editor
      return () => h(child, props)
    },
  })
  const wrapper = mount(Harness, {
    global: { plugins: [createAppI18n(locale)] },
    attachTo: document.body,
  })
  return { wrapper, store, editor }
}
