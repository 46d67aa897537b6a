import { createI18n, type I18n, type MessageTree } from './runtime'
import type { Area } from './areas'
import type { MessageKey } from './keys'
import { pickLocale } from '@/domain/locale'
import type { Locale } from '@/domain/schema'

/**
 * The app's i18n without any messages bundled: each area of each language is its own chunk,
 * loaded when something shown needs it (src/i18n/areas.ts). `./index.ts` keeps the all-at-once
 * `createAppI18n` for tests and tools.
 */

export function browserLocale(): Locale {
  return typeof navigator === 'undefined'
    ? 'en'
    : pickLocale(navigator.languages ?? [navigator.language])
}

/** Every area module, by language: one chunk each in the build. */
export const areaLoaders: Record<Area, Record<Locale, () => Promise<MessageTree>>> = {
  shell: {
    en: () => import('./messages/shell.en').then((m) => m.shellEn),
    ko: () => import('./messages/shell.ko').then((m) => m.shellKo),
  },
  notices: {
    en: () => import('./messages/notices.en').then((m) => m.noticesEn),
    ko: () => import('./messages/notices.ko').then((m) => m.noticesKo),
  },
  roadmap: {
    en: () => import('./messages/roadmap.en').then((m) => m.roadmapEn),
    ko: () => import('./messages/roadmap.ko').then((m) => m.roadmapKo),
  },
  graph: {
    en: () => import('./messages/graph.en').then((m) => m.graphEn),
    ko: () => import('./messages/graph.ko').then((m) => m.graphKo),
  },
  evidence: {
    en: () => import('./messages/evidence.en').then((m) => m.evidenceEn),
    ko: () => import('./messages/evidence.ko').then((m) => m.evidenceKo),
  },
  time: {
    en: () => import('./messages/time.en').then((m) => m.timeEn),
    ko: () => import('./messages/time.ko').then((m) => m.timeKo),
  },
  review: {
    en: () => import('./messages/review.en').then((m) => m.reviewEn),
    ko: () => import('./messages/review.ko').then((m) => m.reviewKo),
  },
  advice: {
    en: () => import('./messages/advice.en').then((m) => m.adviceEn),
    ko: () => import('./messages/advice.ko').then((m) => m.adviceKo),
  },
  onboarding: {
    en: () => import('./messages/onboarding.en').then((m) => m.onboardingEn),
    ko: () => import('./messages/onboarding.ko').then((m) => m.onboardingKo),
  },
  settings: {
    en: () => import('./messages/settings.en').then((m) => m.settingsEn),
    ko: () => import('./messages/settings.ko').then((m) => m.settingsKo),
  },
  data: {
    en: () => import('./messages/data.en').then((m) => m.dataEn),
    ko: () => import('./messages/data.ko').then((m) => m.dataKo),
  },
}

/**
 * The app's i18n, nothing loaded yet: main.ts ensures the shell, the router each view's areas,
 * `useLazyComponent` those of a component loaded later.
 */
export function createLoadingI18n(locale: Locale): I18n<MessageKey> {
  return createI18n<MessageKey>({
    locale,
    load: (lang, area) =>
      Object.hasOwn(areaLoaders, area)
        ? areaLoaders[area as Area][lang]()
        : Promise.reject(new Error(`unknown message area "${area}"`)),
  })
}
