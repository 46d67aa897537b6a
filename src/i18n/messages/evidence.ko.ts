import type { Messages } from './en'

/** 한국어 메시지: "evidence" 영역 (ko.ts의 `evidence` 아래에 합쳐집니다). */
export const evidenceKo: Messages['evidence'] = {}
