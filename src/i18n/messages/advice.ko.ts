import type { Widen } from './en'
import type { adviceEn } from './advice.en'

/** 한국어 메시지: "advice" 영역, 멘토의 조언 (src/i18n/areas.ts). */
export const adviceKo: Widen<typeof adviceEn> = {
  advice: {
    title: '멘토의 조언',
    intro:
      '로드맵의 근거가 된 조언을 모두 모았습니다. 마스터클래스 녹취록에 담긴 멘토의 말을 그대로 옮겼습니다.',
    search: '조언 검색',
    searchPlaceholder: '예: Django, 논문, 70%',
    topic: '주제',
    allTopics: '모든 주제',
    topics: {
      strategy: '학습 전략',
      ml: 'AI/ML',
      web: '웹 스택',
      projects: '프로젝트',
      career: '커리어',
      research: '연구·대학원',
      infra: '인프라',
    },
    count: '조언 없음 | 조언 1개 | 조언 {n}개',
    noResults: '검색어와 맞는 조언이 없습니다.',
    citedBy: '내 로드맵에서',
    notInRoadmap: '내 로드맵의 어느 마일스톤도 이 조언을 인용하지 않습니다.',
  },
}
