import type { Messages } from './en'

/** 한국어 메시지: "review" 영역 (ko.ts의 `review` 아래에 합쳐집니다). */
export const reviewKo: Messages['review'] = {}
