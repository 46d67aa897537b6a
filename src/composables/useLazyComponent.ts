import { defineAsyncComponent, type AsyncComponentLoader, type Component } from 'vue'
import type { Area } from '@/i18n/areas'
import { useI18n } from '@/i18n/useI18n'
import { reportError } from './useAppErrors'

/**
 * A component downloaded when it is first shown, together with the message areas it needs beyond
 * its route's (src/i18n/areas.ts), so it never shows a raw key. Call it in setup: it loads
 * through the app's i18n, in the language shown. A failed download shows the error notice, whose
 * Retry downloads it again (the component appears then); until then it renders nothing.
 */
export function useLazyComponent<T extends Component>(
  loader: AsyncComponentLoader<T>,
  areas: readonly Area[],
): T {
  const { ensure } = useI18n()
  return defineAsyncComponent<T>({
    loader: () => Promise.all([loader(), ensure(areas)]).then(([component]) => component),
    onError: (error, retry) => reportError(error, retry),
  })
}
