import { inject } from 'vue'
import { I18N_KEY, type I18n } from './runtime'
import type { MessageKey } from './keys'

/**
 * The app's i18n (`t`, `n`, `d`, `locale`) in a component's setup; see ./runtime.ts. `t` accepts
 * only keys of the English messages (./keys.ts); `locale` is the shown `Locale`, a ref to use as
 * it is.
 */
export function useI18n(): I18n<MessageKey> {
  const i18n = inject(I18N_KEY, null)
  if (!i18n) throw new Error('useI18n() needs the i18n plugin: app.use(i18n)')
  return i18n
}
