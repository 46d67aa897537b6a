import { onUnmounted, readonly, ref, type Ref } from 'vue'

/**
 * Whether the media query `media` matches, kept current while the calling component is mounted
 * (false where there is no `matchMedia`).
 */
export function useMediaQuery(media: string): Readonly<Ref<boolean>> {
  const query =
    typeof window !== 'undefined' && typeof window.matchMedia === 'function'
      ? window.matchMedia(media)
      : null
  const matches = ref(query?.matches ?? false)
  const onChange = () => (matches.value = query?.matches ?? false)
  query?.addEventListener('change', onChange)
  onUnmounted(() => query?.removeEventListener('change', onChange))
  return readonly(matches)
}
