import type { Widen } from './en'
import type { reviewEn } from './review.en'

/** 한국어 메시지: "review" 영역, 주간 회고 (src/i18n/areas.ts). */
export const reviewKo: Widen<typeof reviewEn> = {
  review: {
    title: '주간 회고',
    week: '{start} – {end} 한 주',
    intro:
      '무엇을 끝냈는지, 시간을 어디에 썼는지, 무엇이 멈춰 있는지, 다음에 무엇을 할지 2분만 돌아봅시다.',
    open: '주간 회고',
    done: {
      title: '이번 주에 끝낸 일',
      empty: '이번 주에 완료로 표시한 마일스톤이 없습니다.',
    },
    time: {
      title: '이번 주 공부 시간',
      track: '트랙',
      logged: '기록',
      target: '주간 목표',
      noTarget: '없음',
      total: '합계',
      empty: '이번 주에 기록한 시간이 없습니다.',
      below: '이번 주 AI/ML 비중 {share}: 목표 범위 {low}–{high}보다 낮습니다.',
      within: '이번 주 AI/ML 비중 {share}: 목표 범위 {low}–{high} 안에 있습니다.',
      above: '이번 주 AI/ML 비중 {share}: 목표 범위 {low}–{high}보다 높습니다.',
    },
    stale: {
      title: '진행 중이지만 {days}일 이상 손대지 않은 마일스톤',
      rule: '상태를 바꾸지도, 시간을 기록하지도 않았으면 손대지 않은 것으로 봅니다. 상태를 바꾼 날짜를 기록하기 전부터 있던 마일스톤은 로드맵을 만든 날부터 셉니다.',
      empty: '진행 중인데 멈춰 있는 마일스톤이 없습니다.',
      since: '{days}일째 그대로 ({date}부터)',
    },
    next: {
      title: '다음 할 일',
      empty: '지금 시작할 수 있는 마일스톤이 없습니다. 목록에서 선행 단계를 확인하세요.',
      more: '목록에 {count}개 더 있습니다',
    },
    note: {
      title: '회고 남기기',
      label: '이번 주 한 줄 메모',
      hint: '잘된 점이나 다음 주에 바꿀 점을 적어 보세요. {max}자까지 쓸 수 있습니다.',
      save: '회고 저장',
      update: '회고 다시 저장',
      saved: '{start}에 시작하는 주의 회고를 저장했습니다.',
      savedBefore: '{date}에 이미 저장했습니다. 다시 저장하면 새 내용으로 바뀝니다.',
      tooLong: '메모가 {count}자입니다. {max}자 이내로 줄여 주세요.',
      failed: '회고를 저장하지 못했습니다: {problem}',
    },
    history: {
      title: '지난 회고',
      empty: '저장한 회고가 아직 없습니다.',
      item: '{start}에 시작하는 주',
      noNote: '메모 없음',
      note: '메모',
      done: '끝낸 것',
      time: '트랙별 시간',
      stale: '진행 중이지만 {days}일 이상 멈춘 마일스톤',
      none: '없음',
      removed: '지금 로드맵에 없는 마일스톤',
    },
  },
}
