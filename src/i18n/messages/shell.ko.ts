import type { Widen } from './en'
import type { shellEn } from './shell.en'

/** 한국어 메시지: "shell" 영역, 항상 보이는 부분: 앱 틀, 내비게이션, 저장 상태, 타이머 막대, 업데이트 안내 (src/i18n/areas.ts). */
export const shellKo: Widen<typeof shellEn> = {
  app: {
    storageWaiting:
      '브라우저 저장소를 기다리는 중입니다… 이 앱의 다른 탭이 저장소를 쓰고 있을 수 있습니다. 데이터는 안전합니다. 계속 이 화면이면 이 앱의 다른 탭을 닫아 주세요.',
    title: 'ML 로드맵 플래너',
    skipToContent: '본문으로 건너뛰기',
    loading: '로드맵을 불러오는 중…',
    contentError: '내장 로드맵 콘텐츠가 손상되어 앱을 시작할 수 없습니다. 자세한 내용:',
  },
  nav: {
    label: '주 메뉴',
    graph: '그래프',
    list: '목록',
    advice: '조언',
    roadmaps: '로드맵',
    settings: '설정',
    switchLanguage: 'View in English',
    time: '시간',
    papers: '논문',
    portfolio: '포트폴리오',
    menu: '메뉴',
  },
  save: {
    label: '저장 상태',
    saved: '저장됨',
    savedAt: '{time}에 저장됨',
    saving: '저장 중…',
    unsaved: '저장 안 됨',
    memoryOnly: '저장 안 됨 — 저장소를 쓸 수 없음',
    paused: '저장 중지 — 저장된 데이터 확인 필요',
    outdated: '저장 중지 — 다른 탭에 새 버전이 열려 있음',
  },
  timer: {
    title: '타이머',
    running: '타이머 실행 중: {what}',
    paused: '타이머 일시정지: {what}',
    pause: '일시정지',
    resume: '계속',
    stop: '멈추고 기록',
    discard: '버리기',
    discardConfirm: '이 타이머의 시간을 기록하지 않고 버릴까요?',
    discardBody: '{what}에 잰 시간이 기록되지 않고 사라집니다. 되돌릴 수 없습니다.',
    tooShort: '타이머로 잰 시간이 1분도 안 됩니다. 1분으로 기록할까요, 아니면 버릴까요?',
    logMinute: '1분으로 기록',
    longTitle: '타이머가 {duration} 동안 켜져 있었습니다',
    longBody: '타이머를 끄지 않고 두셨나요? 필요하면 시간을 고친 뒤 기록하세요.',
    longSave: '이 시간으로 기록',
  },
  duration: {
    label: '시간',
    placeholder: '1:30',
    hint: '분(90) 또는 시:분(1:30).',
    error: '분(1~1440) 또는 시:분으로 입력하세요. 예: 90, 1:30.',
    hm: '{h}시간 {m}분',
    h: '{h}시간',
    m: '{m}분',
  },

  common: {
    cancel: '취소',
    close: '닫기',
    hours: '시간',
    percent: '{value}%',
  },
  appError: {
    label: '페이지 문제',
    loadFailed:
      '앱의 일부를 내려받지 못했습니다. 네트워크가 끊겼거나 새 버전이 막 배포되었을 수 있습니다. 데이터는 안전합니다.',
    retry: '다시 시도',
    retrying: '다시 시도하는 중…',
    crashed:
      '이 페이지에서 문제가 생겼습니다. 저장된 데이터는 그대로입니다. 만일을 위해 백업을 내려받은 뒤 새로고침하세요.',
  },
  pwa: {
    label: '앱 업데이트',
    updateAvailable: '새 버전이 나왔습니다.',
    updateHint: '새로고침하면 적용됩니다. 작업 내용은 먼저 저장합니다.',
    reload: '새로고침',
    later: '나중에',
    notSaved:
      '최근 변경 사항이 아직 저장되지 않아 새로고침하지 않았습니다. 상태가 “저장됨”으로 바뀐 뒤 다시 시도하거나, 먼저 백업을 내려받으세요.',
    downloadBackup: '백업 내려받기',
    offlineReady: '이제 오프라인에서도 쓸 수 있습니다. 인터넷 연결 없이도 앱이 열립니다.',
    offlineReadyClose: '확인',
  },
}
