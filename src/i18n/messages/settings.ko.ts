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
  backups: {
    title: '이 브라우저의 백업',
    intro:
      '작업하는 동안 앱이 데이터의 최근 버전 3개를 이곳에 백업합니다(최대 5분에 한 번). 로드맵을 실수로 지우거나 바꿨다면 백업을 복원하세요. 복원하기 전에 지금 데이터도 먼저 백업하므로 복원도 되돌릴 수 있습니다.',
    loading: '백업을 찾는 중…',
    loadFailed: '백업을 읽지 못했습니다.',
    retry: '다시 시도',
    none: '아직 백업이 없습니다. 로드맵을 만들면 바로 첫 백업이 생깁니다.',
    memoryOnly: '이 브라우저에서는 앱이 데이터를 저장할 수 없어 백업도 없습니다.',
    outdated: '이 앱의 새 버전이 다른 탭에 열려 있습니다. 백업을 쓰려면 이 탭을 새로고침하세요.',
    paused: '먼저 페이지 위쪽에서 읽을 수 없는 데이터를 어떻게 할지 고르세요.',
    listLabel: '백업 목록(최신순)',
    from: '{time} 백업',
    unknownTime: '백업(날짜 알 수 없음)',
    roadmaps: '로드맵 {count}개',
    roadmapList: '{roadmaps}: {names}',
    milestones: '마일스톤 {total}개 중 {done}개 완료',
    entries: '시간 기록 {count}개',
    preview: '미리 보기',
    previewLabel: '{time} 백업 미리 보기',
    hidePreview: '미리 보기 닫기',
    hidePreviewLabel: '{time} 백업 미리 보기 닫기',
    restore: '복원…',
    restoreLabel: '{time} 백업 복원…',
    previewTitle: '이 백업을 복원하면',
    back: '다시 돌아오는 로드맵',
    gone: '없어지는 로드맵(새 백업에 남음)',
    changed: '백업 때의 내용으로 돌아가는 로드맵',
    change:
      '{name}: 지금 {nowTotal}개 중 {nowDone}개 완료, 백업에서는 {backupTotal}개 중 {backupDone}개 완료',
    same: '그대로인 로드맵',
    noChange: '로드맵은 지금과 같습니다.',
    confirmTitle: '이 백업을 복원할까요?',
    confirmBody:
      '로드맵과 기록한 시간이 {time} 백업의 내용으로 바뀝니다. 설정은 그대로입니다. 지금 데이터는 먼저 백업해 두므로 이곳에서 되돌릴 수 있습니다.',
    confirmBodyEmpty: '{time} 백업에 있던 로드맵과 기록한 시간이 돌아옵니다. 설정은 그대로입니다.',
    confirmYes: '백업 복원하기',
    restored: '{time} 백업을 복원했습니다.',
    restoredKept: '{time} 백업을 복원했습니다. 이전 데이터는 백업으로 남겨 두었습니다.',
    invalid:
      '이 백업은 앱의 검사를 더 이상 통과하지 못해 복원하지 않았습니다. 아무것도 바뀌지 않았습니다.',
    failed:
      '백업을 복원하지 못했고 아무것도 바뀌지 않았습니다. 페이지를 새로고침한 뒤 다시 시도하세요.',
  },
}
