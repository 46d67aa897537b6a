import { shellEn } from './shell.en'
import { noticesEn } from './notices.en'
import { roadmapEn } from './roadmap.en'
import { graphEn } from './graph.en'
import { evidenceEn } from './evidence.en'
import { timeEn } from './time.en'
import { reviewEn } from './review.en'
import { adviceEn } from './advice.en'
import { onboardingEn } from './onboarding.en'
import { settingsEn } from './settings.en'
import { dataEn } from './data.en'

/**
 * English UI messages: every area together (src/i18n/areas.ts), for tests and tools; the app loads
 * them area by area (src/i18n/setup.ts). The shape of this object is the contract every language
 * fulfils.
 */
export const en = {
  ...shellEn,
  ...noticesEn,
  ...roadmapEn,
  ...graphEn,
  ...evidenceEn,
  ...timeEn,
  ...reviewEn,
  ...adviceEn,
  ...onboardingEn,
  ...settingsEn,
  ...dataEn,
}

export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> }
export type Messages = Widen<typeof en>
