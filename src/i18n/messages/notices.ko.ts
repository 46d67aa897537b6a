import type { Widen } from './en'
import type { noticesEn } from './notices.en'

/** 한국어 메시지: "notices" 영역, 알릴 것이 있을 때만 보이는 배너: 저장소 문제, 열 수 없는 데이터, 내보내기·회고 알림 (src/i18n/areas.ts). */
export const noticesKo: Widen<typeof noticesEn> = {
  storage: {
    unavailable:
      '이 브라우저에서는 앱이 데이터를 저장할 수 없습니다(시크릿 모드이거나 저장소가 막혀 있음). 계속 쓸 수는 있지만 탭을 닫으면 변경 내용이 사라집니다.',
    saveFailed:
      '최근 변경 내용을 아직 저장하지 못했습니다({error}). 내용은 이 탭에 남아 있고 자동으로 다시 저장합니다. 탭을 닫지 마세요.',
    retryNow: '지금 다시 시도',
    outdated:
      '이 앱의 새 버전이 다른 탭에 열려 있습니다. 새 데이터를 덮어쓰지 않도록 이 탭은 저장을 멈췄습니다. 이 탭을 새로고침하세요.',
    reload: '이 탭 새로고침',
  },
  recovery: {
    title: '저장된 데이터를 열 수 없습니다',
    futureVersion:
      '더 새로운 버전의 앱이 저장한 데이터입니다. 새로고침해서 새 버전을 받으세요. 아무것도 바뀌지 않았습니다.',
    invalid:
      '데이터가 손상되었거나 일부가 빠져 있습니다. 읽은 그대로 보관했고 아무것도 덮어쓰지 않았습니다.',
    details: '기술적인 세부 정보',
    download: '저장된 데이터 내려받기',
    startFresh: '따로 보관하고 새로 시작하기',
    startFreshConfirm:
      '읽을 수 없는 데이터는 다른 이름으로 브라우저에 남겨 두므로 나중에도 내려받을 수 있습니다. 새 로드맵을 시작할까요?',
    whileOpen: '여기서 고르기 전까지 앱은 아무것도 저장하지 않습니다.',
    restoreBackup: '마지막 정상 백업 복원하기 ({time})',
    restoreConfirm:
      '읽을 수 없는 데이터는 먼저 다른 이름으로 보관해 둡니다. {time}에 만든 백업을 복원할까요?',
    restoreFailed: '백업을 복원하지 못했습니다. 페이지를 새로고침한 뒤 다시 시도하세요.',
  },
  reminder: {
    neverExported:
      '로드맵이 {days}일째 이 브라우저에만 저장되어 있습니다. 백업 파일을 내려받아 다른 곳에도 사본을 두세요.',
    lastExport:
      '마지막으로 내보낸 지 {days}일이 지났습니다. 이 브라우저에만 기대지 않도록 새 백업을 내려받으세요.',
    download: '백업 내려받기',
    later: '나중에 다시 알림',
    review: {
      label: '주간 회고',
      text: '이번 주 회고를 아직 하지 않았습니다. 끝낸 일, 시간을 쓴 곳, 멈춘 일을 2분만 돌아보세요.',
      open: '이번 주 회고하기',
      dismiss: '이번 주는 건너뛰기',
    },
  },
}
