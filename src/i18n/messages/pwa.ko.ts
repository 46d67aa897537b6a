import type { Messages } from './en'

/** 한국어 메시지: "pwa" 영역 (ko.ts의 `pwa` 아래에 합쳐집니다). */
export const pwaKo: Messages['pwa'] = {
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
}
