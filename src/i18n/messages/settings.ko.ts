import type { Widen } from './en'
import type { settingsEn } from './settings.en'

/** 한국어 메시지: "settings" 영역, 설정 화면 (src/i18n/areas.ts). */
export const settingsKo: Widen<typeof settingsEn> = {
  settings: {
    title: '설정',
    language: '언어',
    languageSystem: '브라우저 언어 ({language})',
    weeklyHours: '주당 학습 시간',
    weeklyHoursSaved: '주당 학습 시간을 바꿨습니다.',
    restartTitle: '처음부터 다시 만들기',
    restartBody:
      '설문에 다시 답해 새 로드맵을 만듭니다. 지금 로드맵은 설문을 마쳤을 때만 바뀝니다.',
    restart: '설문 다시 하기',
    restartConfirmTitle: '설문을 다시 할까요?',
    restartConfirm: '설문을 마치면 지금 로드맵과 모든 진행 상황이 바뀝니다. 되돌릴 수 없습니다.',
    restartYes: '설문 다시 하기',
    noRoadmap: '아직 로드맵이 없습니다.',
  },
  appearance: {
    theme: {
      title: '화면',
      legend: '색 테마',
      system: '시스템 설정 따르기 (지금은 {current})',
      light: '밝은 테마',
      dark: '어두운 테마',
      nowLight: '밝은 테마',
      nowDark: '어두운 테마',
      printNote: '인쇄하거나 그래프를 이미지로 내려받을 때는 항상 밝은 테마로 나옵니다.',
    },
  },
  persistence: {
    title: '데이터 보관',
    persisted:
      '이 브라우저는 이 앱의 데이터를 계속 보관하기로 했으므로 저장 공간이 부족해도 지우지 않습니다. 다만 사이트 데이터를 삭제하면 함께 지워지니 가끔 로드맵을 내보내 백업해 두세요.',
    notPersisted:
      '이 브라우저는 저장 공간이 부족하면 데이터를 지울 수 있고, Safari는 7일 동안 방문하지 않으면 지웁니다. Safari에서는 이 앱을 홈 화면에 추가하세요. 가끔 로드맵을 내보내 백업해 두세요.',
    unknown:
      '이 브라우저는 데이터를 계속 보관할지 알려 주지 않습니다. Safari에서는 이 앱을 홈 화면에 추가하세요. 가끔 로드맵을 내보내 백업해 두세요.',
  },
}
