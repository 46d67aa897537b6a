import { describe, expect, it, vi } from 'vitest'
import { showLocale, startI18n } from '@/i18n/setup'

describe('i18n start-up', () => {
  it('starts with only the shown language loaded, and loads another when switching', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const i18n = await startI18n('ko')
    expect(i18n.t('nav.settings')).toBe('설정')
    // English is not there until asked for: switching without loading shows the key.
    i18n.locale.value = 'en'
    expect(i18n.t('nav.settings')).toBe('nav.settings')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nav.settings" is missing'))
    i18n.locale.value = 'ko'
    await showLocale(i18n, 'en')
    expect(i18n.locale.value).toBe('en')
    expect(i18n.t('nav.settings')).toBe('Settings')
    await showLocale(i18n, 'ko')
    expect(i18n.t('nav.settings')).toBe('설정')
  })

  it('shows the language asked for last when switches overlap', async () => {
    const i18n = await startI18n('en')
    const first = showLocale(i18n, 'ko')
    const second = showLocale(i18n, 'en')
    await Promise.all([first, second])
    expect(i18n.locale.value).toBe('en')
  })
})
