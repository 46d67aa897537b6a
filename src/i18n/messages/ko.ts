import type { Messages } from './en'
import { shellKo } from './shell.ko'
import { noticesKo } from './notices.ko'
import { roadmapKo } from './roadmap.ko'
import { graphKo } from './graph.ko'
import { evidenceKo } from './evidence.ko'
import { timeKo } from './time.ko'
import { reviewKo } from './review.ko'
import { adviceKo } from './advice.ko'
import { onboardingKo } from './onboarding.ko'
import { settingsKo } from './settings.ko'
import { dataKo } from './data.ko'

/** 한국어 UI 메시지: 모든 영역. 영어와 같은 모양이어야 타입 검사를 통과합니다. */
export const ko: Messages = {
  ...shellKo,
  ...noticesKo,
  ...roadmapKo,
  ...graphKo,
  ...evidenceKo,
  ...timeKo,
  ...reviewKo,
  ...adviceKo,
  ...onboardingKo,
  ...settingsKo,
  ...dataKo,
}
