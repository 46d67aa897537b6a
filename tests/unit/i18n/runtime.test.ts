import { flushPromises, mount } from '@vue/test-utils'
import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick } from 'vue'
import {
  createI18n,
  pluralIndex,
  type I18n,
  type I18nOptions,
  type MessageTree,
} from '@/i18n/runtime'
import { useI18n } from '@/i18n/useI18n'

const messages = {
  en: {
    nav: { settings: 'Settings', 'with-dash': 'Dashed' },
    hello: 'Hello {name}, you have {count} tasks',
    listed: '{0} and {1}',
    apples: 'no apples | one apple | {count} apples',
    cards: '1 card | {n} cards',
    onlyEnglish: 'Only in English',
  },
  ko: {
    nav: { settings: '설정', 'with-dash': '대시' },
    hello: '{name}님, 할 일 {count}개',
    listed: '{0}, {1}',
    apples: '사과 {count}개',
    cards: '카드 {n}장',
  },
}

function make(locale: 'en' | 'ko' = 'en', extra: Partial<I18nOptions> = {}) {
  const onMissing = vi.fn()
  const i18n = createI18n({ locale, messages, onMissing, ...extra })
  return { i18n, onMissing }
}

describe('t', () => {
  it('resolves dotted keys, including keys with dashes', () => {
    const { i18n } = make()
    expect(i18n.t('nav.settings')).toBe('Settings')
    expect(i18n.t('nav.with-dash')).toBe('Dashed')
  })

  it('fills named and list placeholders, and leaves absent ones empty', () => {
    const { i18n } = make()
    expect(i18n.t('hello', { name: 'Ann', count: 3 })).toBe('Hello Ann, you have 3 tasks')
    expect(i18n.t('hello', { name: 'Ann' })).toBe('Hello Ann, you have  tasks')
    expect(i18n.t('listed', ['a', 'b'])).toBe('a and b')
  })

  it('chooses plural cases as vue-i18n does, with {count} and {n} filled from the count', () => {
    const { i18n } = make()
    expect([0, 1, 2, 5].map((c) => i18n.t('apples', c))).toEqual([
      'no apples',
      'one apple',
      '2 apples',
      '5 apples',
    ])
    expect([1, 2].map((c) => i18n.t('cards', c))).toEqual(['1 card', '2 cards'])
    // A count among the named values chooses the case, and a separate count fills {count}.
    expect(i18n.t('apples', { count: 1 })).toBe('one apple')
    expect(i18n.t('cards', { n: 7 })).toBe('7 cards')
    expect(i18n.t('apples', { count: 'many' }, 5)).toBe('many apples')
    // Without any count: "singular | plural" shows the singular, three cases the middle one.
    expect(i18n.t('cards')).toBe('1 card')
    expect(i18n.t('apples')).toBe('one apple')
  })

  it('does not change the values it is given', () => {
    const { i18n } = make()
    const values = { name: 'Ann' }
    i18n.t('hello', values, 4)
    expect(values).toEqual({ name: 'Ann' })
  })

  it('falls back to English for a key missing in Korean, and says so', () => {
    const { i18n, onMissing } = make('ko')
    expect(i18n.t('nav.settings')).toBe('설정')
    expect(onMissing).not.toHaveBeenCalled()
    expect(i18n.t('onlyEnglish')).toBe('Only in English')
    expect(onMissing).toHaveBeenCalledWith('onlyEnglish', 'ko', 'en')
  })

  it('shows the key when it is missing everywhere, or names a group rather than a message', () => {
    const { i18n, onMissing } = make('ko')
    expect(i18n.t('nav.nothing')).toBe('nav.nothing')
    expect(i18n.t('nav')).toBe('nav')
    expect(i18n.t('nav.settings.deeper')).toBe('nav.settings.deeper')
    expect(onMissing).toHaveBeenCalledWith('nav.nothing', 'ko', null)
  })

  it('warns about a missing key in dev builds by default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const i18n = createI18n({ locale: 'en', messages })
    expect(i18n.t('nope')).toBe('nope')
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"nope" is missing'))
  })

  it('merges added messages without touching the objects it was given', () => {
    const { i18n } = make()
    const extra = { nav: { graph: 'Graph' } }
    i18n.addMessages('en', extra)
    expect(i18n.t('nav.graph')).toBe('Graph')
    expect(i18n.t('nav.settings')).toBe('Settings')
    expect(messages.en.nav).not.toHaveProperty('graph')
    expect(extra.nav).not.toHaveProperty('settings')
  })
})

describe('loading messages in parts', () => {
  /** A loader whose loads finish only when the test says so. */
  function deferredLoader() {
    const calls: { locale: string; part: string; resolve: () => void; reject: () => void }[] = []
    const load = vi.fn(
      (locale: 'en' | 'ko', part: string) =>
        new Promise<MessageTree>((resolve, reject) =>
          calls.push({
            locale,
            part,
            resolve: () => resolve({ [part]: { word: `${part} in ${locale}` } }),
            reject: () => reject(new Error('offline')),
          }),
        ),
    )
    const finish = async (locale: string, part: string) => {
      calls.find((c) => c.locale === locale && c.part === part)!.resolve()
      await flushPromises()
    }
    return { load, calls, finish }
  }

  it('loads each part once per language, and only for the language shown', async () => {
    const { load, finish } = deferredLoader()
    const { i18n } = make('en', { messages: {}, load })
    const a = i18n.ensure(['shell'])
    const b = i18n.ensure(['shell'])
    expect(load).toHaveBeenCalledTimes(1)
    await finish('en', 'shell')
    await Promise.all([a, b])
    expect(i18n.t('shell.word')).toBe('shell in en')
    expect(load).toHaveBeenCalledWith('en', 'shell')
    expect(load).not.toHaveBeenCalledWith('ko', 'shell')
  })

  it('switches only once every part asked for so far is there in the new language', async () => {
    const { load, finish } = deferredLoader()
    const { i18n } = make('en', { messages: {}, load })
    const shell = i18n.ensure(['shell', 'graph'])
    await finish('en', 'shell')
    await finish('en', 'graph')
    await shell
    const switching = i18n.setLocale('ko')
    await finish('ko', 'shell')
    expect(i18n.locale.value).toBe('en')
    // A part asked for during the switch loads in both languages, and the switch waits for it.
    const view = i18n.ensure(['review'])
    await finish('en', 'review')
    await finish('ko', 'graph')
    expect(i18n.locale.value).toBe('en')
    await finish('ko', 'review')
    await Promise.all([switching, view])
    expect(i18n.locale.value).toBe('ko')
    expect(['shell', 'graph', 'review'].map((p) => i18n.t(`${p}.word`))).toEqual([
      'shell in ko',
      'graph in ko',
      'review in ko',
    ])
  })

  it('lets the last switch win when they overlap', async () => {
    const { load, finish } = deferredLoader()
    const { i18n } = make('en', { messages: {}, load })
    const shell = i18n.ensure(['shell'])
    await finish('en', 'shell')
    await shell
    const toKorean = i18n.setLocale('ko')
    const backToEnglish = i18n.setLocale('en')
    await backToEnglish
    expect(i18n.locale.value).toBe('en')
    await finish('ko', 'shell')
    await toKorean
    expect(i18n.locale.value).toBe('en')
  })

  it('tries a failed load again on the next call', async () => {
    const { load, calls } = deferredLoader()
    const { i18n } = make('en', { messages: {}, load })
    const first = i18n.ensure(['shell'])
    calls[0]!.reject()
    await expect(first).rejects.toThrow('offline')
    const second = i18n.ensure(['shell'])
    expect(load).toHaveBeenCalledTimes(2)
    calls[1]!.resolve()
    await second
    expect(i18n.t('shell.word')).toBe('shell in en')
  })

  it('needs no loading when every message is given', async () => {
    const { i18n } = make('en')
    await i18n.ensure(['anything'])
    await i18n.setLocale('ko')
    expect(i18n.t('nav.settings')).toBe('설정')
  })
})

describe('pluralIndex', () => {
  it('is vue-i18n’s default rule', () => {
    expect([0, 1, 2, -1, -3].map((c) => pluralIndex(c, 2))).toEqual([1, 0, 1, 0, 1])
    expect([0, 1, 2, 9, -1].map((c) => pluralIndex(c, 3))).toEqual([0, 1, 2, 2, 1])
  })
})

describe('n and d', () => {
  it('format with the shown language', () => {
    const { i18n } = make('en')
    const day = new Date(Date.UTC(2026, 2, 3, 12))
    const dayOptions = { month: 'long', day: 'numeric', timeZone: 'UTC' } as const
    expect(i18n.n(1234.5)).toBe('1,234.5')
    expect(i18n.n(0.25, { style: 'percent' })).toBe('25%')
    expect(i18n.d(day, dayOptions)).toBe('March 3')
    i18n.locale.value = 'ko'
    expect(i18n.n(1234.5)).toBe('1,234.5')
    expect(i18n.d(day, dayOptions)).toBe('3월 3일')
    expect(i18n.n(0.25, { style: 'percent', maximumFractionDigits: 0 })).toBe('25%')
  })
})

describe('useI18n in components', () => {
  const Shown = defineComponent({
    setup() {
      // These tests' own messages, not the app's: any key.
      const { t, n, locale } = useI18n() as I18n
      return () => h('p', `${locale.value}: ${t('nav.settings')} ${t('apples', 2)} ${n(1.5)}`)
    },
  })

  it('renders again when the language changes or messages arrive', async () => {
    const { i18n } = make('en')
    const wrapper = mount(Shown, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('en: Settings 2 apples 1.5')
    i18n.locale.value = 'ko'
    await nextTick()
    expect(wrapper.text()).toBe('ko: 설정 사과 2개 1.5')
    i18n.addMessages('ko', { nav: { settings: '환경 설정' } })
    await nextTick()
    expect(wrapper.text()).toBe('ko: 환경 설정 사과 2개 1.5')
  })

  it('renders again only for messages of the namespaces it read', async () => {
    const { i18n } = make('en')
    let renders = 0
    const counted = {
      setup() {
        const { t } = useI18n() as I18n
        return () => h('p', `${++renders}: ${t('nav.settings')} ${t('later.word')}`)
      },
    }
    const wrapper = mount(counted, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('1: Settings later.word')
    // Another area's words (a banner's) arrive: nothing this component shows can change.
    i18n.addMessages('en', { notices: { saved: 'Saved' } })
    await nextTick()
    expect(wrapper.text()).toBe('1: Settings later.word')
    // The missing key's namespace arrives: it renders again, with the word.
    i18n.addMessages('en', { later: { word: 'Word' } })
    await nextTick()
    expect(wrapper.text()).toBe('2: Settings Word')
  })

  it('needs the plugin', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mount(Shown)).toThrow(/needs the i18n plugin/)
    warn.mockRestore()
  })
})
