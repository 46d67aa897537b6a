import type { Messages } from './en'

/** 한국어 메시지: "appearance" 영역 (ko.ts의 `appearance` 아래에 합쳐집니다). */
export const appearanceKo: Messages['appearance'] = {
  theme: {
    title: '화면',
    legend: '색 테마',
    system: '시스템 설정 따르기 (지금은 {current})',
    light: '밝은 테마',
    dark: '어두운 테마',
    nowLight: '밝은 테마',
    nowDark: '어두운 테마',
    printNote: '인쇄하거나 그래프를 이미지로 내려받을 때는 늘 밝은 색으로 나옵니다.',
  },
  nav: {
    menu: '메뉴',
  },
}
