import { inject } from 'vue'
import { I18N_KEY, type I18n } from './runtime'

/** The app's i18n (`t`, `n`, `d`, `locale`) in a component's setup; see ./runtime.ts. */
export function useI18n(): I18n {
  const i18n = inject(I18N_KEY, null)
  if (!i18n) throw new Error('useI18n() needs the i18n plugin: app.use(i18n)')
  return i18n
}
