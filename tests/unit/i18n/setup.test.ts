import { describe, expect, it, vi } from 'vitest'
import { AREAS } from '@/i18n/areas'
import { en } from '@/i18n/messages/en'
import { ko } from '@/i18n/messages/ko'
import { areaLoaders, createLoadingI18n } from '@/i18n/setup'

describe('message areas', () => {
  it('each own whole namespaces, and together they are every message of each language', async () => {
    for (const [lang, all] of [
      ['en', en],
      ['ko', ko],
    ] as const) {
      const seen: string[] = []
      for (const area of AREAS) {
        const messages = await areaLoaders[area][lang]()
        for (const [namespace, tree] of Object.entries(messages)) {
          expect(seen, `${area} ${namespace}`).not.toContain(namespace)
          seen.push(namespace)
          expect(tree, `${lang} ${namespace}`).toEqual(all[namespace as keyof typeof all])
        }
      }
      expect(seen.sort()).toEqual(Object.keys(all).sort())
    }
  })
})

describe('the app’s i18n', () => {
  it('starts empty and loads the areas asked for, in the language shown', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const i18n = createLoadingI18n('ko')
    expect(i18n.t('nav.settings')).toBe('nav.settings')
    await i18n.ensure(['shell'])
    expect(i18n.t('nav.settings')).toBe('설정')
    expect(i18n.t('graph.label')).toBe('graph.label')
    await i18n.ensure(['graph'])
    expect(i18n.t('graph.label')).toBe('로드맵 그래프')
    // English is not there until asked for: showing it without loading shows keys.
    i18n.locale.value = 'en'
    expect(i18n.t('nav.settings')).toBe('nav.settings')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nav.settings" is missing'))
  })

  it('loads every area loaded so far in the new language before it switches', async () => {
    const i18n = createLoadingI18n('ko')
    await i18n.ensure(['shell', 'graph'])
    const switching = i18n.setLocale('en')
    expect(i18n.locale.value).toBe('ko')
    await switching
    expect(i18n.locale.value).toBe('en')
    expect(i18n.t('nav.settings')).toBe('Settings')
    expect(i18n.t('graph.label')).toBe('Roadmap graph')
  })

  it('shows the language asked for last when switches overlap', async () => {
    const i18n = createLoadingI18n('en')
    await i18n.ensure(['shell'])
    const first = i18n.setLocale('ko')
    const second = i18n.setLocale('en')
    await Promise.all([first, second])
    expect(i18n.locale.value).toBe('en')
  })

  it('refuses an area it does not know', async () => {
    await expect(createLoadingI18n('en').ensure(['nope'])).rejects.toThrow(/unknown message area/)
  })
})
