import { onMounted, onUnmounted, ref, type Ref } from 'vue'

/**
 * The content-box size of an element, kept up to date by a ResizeObserver (disconnected on
 * unmount). A hidden element (size 0) keeps its last known size, so a chart shown again does
 * not flash at zero width; before the first measurement the fallback size is used.
 */
export function useElementSize(
  target: Ref<HTMLElement | null>,
  fallback: { width: number; height: number } = { width: 640, height: 0 },
) {
  const width = ref(fallback.width)
  const height = ref(fallback.height)
  let observer: ResizeObserver | null = null

  function update(w: number, h: number) {
    if (w > 0) width.value = Math.round(w)
    if (h > 0) height.value = Math.round(h)
  }

  onMounted(() => {
    const el = target.value
    if (!el) return
    update(el.clientWidth, el.clientHeight)
    if (typeof ResizeObserver === 'undefined') return
    observer = new ResizeObserver((records) => {
      const box = records[records.length - 1]?.contentRect
      if (box) update(box.width, box.height)
    })
    observer.observe(el)
  })

  onUnmounted(() => {
    observer?.disconnect()
    observer = null
  })

  return { width, height }
}
