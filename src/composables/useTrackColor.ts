import { storeToRefs } from 'pinia'
import { computed } from 'vue'
import { AA_UI, legibleOn, THEME_SURFACE } from '@/domain/contrast'
import { useSettingsStore } from '@/stores/settings'

/**
 * Track colours as the current theme shows them: the stored colour when it stands out 3:1
 * from the surface, otherwise the same hue lightened (dark theme) or darkened (light theme)
 * until it does. The stored colour never changes, and exports drawn light use it as is.
 */
export function useTrackColor() {
  const { effectiveTheme } = storeToRefs(useSettingsStore())
  const trackColor = computed(() => {
    const surface = THEME_SURFACE[effectiveTheme.value]
    const cache = new Map<string, string>()
    return (color: string): string => {
      let out = cache.get(color)
      if (out === undefined) {
        out = legibleOn(color, surface, AA_UI)
        cache.set(color, out)
      }
      return out
    }
  })
  return { trackColor }
}
