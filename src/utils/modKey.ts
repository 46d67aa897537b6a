import type { Translate } from '@/domain/cardStrings'

/** The shortcuts' modifier key as the platform labels it: ⌘ on Apple devices, Ctrl elsewhere. */
export function modKey(t: Translate): string {
  return typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
    ? '⌘'
    : t('graph.keys.ctrlKey')
}
