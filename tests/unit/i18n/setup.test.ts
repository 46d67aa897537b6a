import { describe, expect, it } from 'vitest'
import { showLocale, startI18n } from '@/i18n/setup'

describe('i18n start-up', () => {
  it('starts with only the shown language loaded, and loads another when switching', async () => {
    const i18n = await startI18n('ko')
    const g = i18n.global
    expect(g.availableLocales).toEqual(['ko'])
    expect(g.t('nav.settings')).toBe('설정')
    await showLocale(g, 'en')
    expect(g.locale.value).toBe('en')
    expect(g.availableLocales.sort()).toEqual(['en', 'ko'])
    expect(g.t('nav.settings')).toBe('Settings')
  })

  it('shows the language asked for last when switches overlap', async () => {
    const g = (await startI18n('en')).global
    const first = showLocale(g, 'ko')
    const second = showLocale(g, 'en')
    await Promise.all([first, second])
    expect(g.locale.value).toBe('en')
  })
})
