import type { Messages } from './en'

/** 한국어 메시지: "pwa" 영역 (ko.ts의 `pwa` 아래에 합쳐집니다). */
export const pwaKo: Messages['pwa'] = {}
