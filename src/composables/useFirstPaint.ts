import { onMounted, ref, type Ref } from 'vue'
import { afterNextPaint } from '@/utils/afterPaint'

/**
 * False until the component's first frame is drawn: parts the first view can do without (menus'
 * extras, the minimap, reminders) render, and download, after it.
 */
export function useFirstPaint(): Readonly<Ref<boolean>> {
  const painted = ref(false)
  onMounted(() => void afterNextPaint().then(() => (painted.value = true)))
  return painted
}
