import type { Widen } from './en'
import type { onboardingEn } from './onboarding.en'

/** 한국어 메시지: "onboarding" 영역, 질문지 (src/i18n/areas.ts). */
export const onboardingKo: Widen<typeof onboardingEn> = {
  onboarding: {
    title: '나의 로드맵 만들기',
    intro:
      '몇 가지 질문에 답하면 멘토의 조언이 나만의 학습 계획이 됩니다. 답과 마일스톤은 나중에 모두 바꿀 수 있습니다.',
    restartNote: '설문을 마치면 지금 로드맵과 진행 상황이 새 로드맵으로 바뀝니다.',
    mentorPick: '멘토 추천',
    submit: '내 로드맵 만들기',
    cancel: '지금 로드맵 유지하기',
    goal: {
      legend: '목표가 무엇인가요?',
      'ai-engineer': 'AI 엔지니어 취업',
      'ai-engineer-hint': '회사에서 ML 모델을 만들고 서비스합니다.',
      'research-engineer': '리서치 엔지니어',
      'research-engineer-hint': '연구 조직에서 논문을 읽고, 재현하고, 씁니다.',
      'fullstack-ml': '풀스택 ML 엔지니어',
      'fullstack-ml-hint': '웹까지 포함해 ML 제품을 처음부터 끝까지 만듭니다.',
      pm: 'PM으로 가는 길',
      'pm-hint': '엔지니어로 경험을 쌓은 뒤 (테크니컬) PM으로 제품을 이끕니다.',
    },
    hours: {
      label: '주당 학습 시간',
      hint: '{min}~{max}시간. 멘토는 이 중 70~80%를 AI/ML에 쓰라고 권합니다.',
      error: '{min}~{max} 사이의 정수로 시간을 입력하세요.',
    },
    backend: {
      legend: '배울 백엔드 프레임워크',
    },
    frontend: {
      legend: '배울 프론트엔드 프레임워크',
    },
    demo: {
      legend: '모델 데모는 어떻게 만들까요?',
    },
    framework: {
      legend: '딥러닝 프레임워크',
    },
    grad: {
      legend: '대학원 진로',
    },
    answers: {
      django: 'Django',
      flask: 'Flask',
      spring: 'Spring',
      react: 'React',
      vue: 'Vue',
      angular: 'Angular',
      'own-page': '직접 만든 데모 페이지',
      streamlit: 'Streamlit',
      dash: 'Dash',
      pytorch: 'PyTorch',
      tensorflow: 'TensorFlow',
      internship: '학부 연구생 인턴십',
      masters: '석사',
      phd: '박사',
      none: '지금은 계획 없음',
    },
    errorSummary: '모든 질문에 답해 주세요.',
  },
  roadmapName: {
    'ai-engineer': 'AI 엔지니어 로드맵',
    'research-engineer': '리서치 엔지니어 로드맵',
    'fullstack-ml': '풀스택 ML 로드맵',
    pm: '엔지니어에서 PM으로 가는 로드맵',
  },
}
