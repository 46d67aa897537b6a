import type { Messages } from './en'

/** 한국어 메시지: "appearance" 영역 (ko.ts의 `appearance` 아래에 합쳐집니다). */
export const appearanceKo: Messages['appearance'] = {}
