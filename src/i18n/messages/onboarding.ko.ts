import type { Widen } from './en'
import type { onboardingEn } from './onboarding.en'

/** 한국어 메시지: "onboarding" 영역, 질문지 (src/i18n/areas.ts). */
export const onboardingKo: Widen<typeof onboardingEn> = {
  onboarding: {
    title: '내 로드맵 만들기',
    intro:
      '몇 가지 질문에 답하면 멘토의 조언이 나만의 학습 계획이 됩니다. 답과 마일스톤은 나중에 모두 바꿀 수 있습니다.',
    restartNote: '설문을 마치면 지금 로드맵과 진행 상황이 새 로드맵으로 바뀝니다.',
    mentorPick: '멘토 추천',
    preset: '기본 선택',
    required: '필수',
    youKnowIt: '이미 아는 것',
    pmNoFrontend:
      'PM이 목표라면 프론트엔드 프레임워크는 계획에서 뺍니다. 멘토는 PM이 되려고 풀스택을 거칠 필요는 없고, 어느 정도 경력을 쌓은 뒤 바로 PM으로 가는 편이 낫다고 했습니다.',
    known: {
      doneLegend: '이미 해 본 것이 있나요?',
      doneHint:
        '고른 항목은 계획에서 완료 상태로 시작하며 진행률에도 반영됩니다. 도움 없이 다시 할 수 있는 것만 고르세요.',
      frameworksLegend: '이미 아는 웹 프레임워크가 있나요?',
      frameworksHint:
        '멘토의 추천은 웹 기반이 없다는 가정에서 나온 것입니다(백엔드는 Django, 프론트엔드는 셋 다 모른다면 React). 이미 아는 것이 있다면 로드맵은 그것을 추천합니다.',
      items: {
        'framework-basics': '딥러닝 프레임워크 기초(텐서, 학습 루프)',
        classifier: '이미지 분류 모델 학습(부트캠프 과제 등)',
        detector: '객체 검출 모델 학습',
        'web-basics': '웹 기초: HTTP, REST, SQL',
        'fe-basics': 'HTML, CSS, JavaScript',
        'docker-basics': 'Docker 기초',
      },
    },
    submit: '내 로드맵 만들기',
    cancel: '지금 로드맵 유지하기',
    goal: {
      legend: '목표가 무엇인가요?',
      'ai-engineer': 'AI 엔지니어 취업',
      'ai-engineer-hint':
        '회사에서 ML 모델을 구현해 서비스에 올립니다. 논문, 재현, 데모가 길잡이입니다.',
      'research-engineer': '리서치 엔지니어',
      'research-engineer-hint':
        '학부 연구생 인턴부터 시작해, 연구 조직에서 논문을 읽고 재현하고 씁니다.',
      'fullstack-ml': '풀스택 ML 엔지니어',
      'fullstack-ml-hint':
        '웹까지 포함해 ML 제품을 처음부터 끝까지 만듭니다. 메이저는 여전히 ML입니다.',
      pm: 'PM 지망',
      'pm-hint': '풀스택을 거치지 않고, 엔지니어로 경력을 쌓은 뒤 바로 (테크니컬) PM으로 갑니다.',
    },
    hours: {
      label: '주당 학습 시간',
      hint: '{min}~{max}시간. 멘토는 이 중 70~80%를 AI/ML에 쓰라고 권합니다.',
      error: '시간은 {min}~{max} 사이의 정수로 입력하세요.',
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
      legend: '진학 계획',
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
      internship: '미정: 학부 연구생 인턴을 해 본 뒤 정하기',
      masters: '석사',
      phd: '박사',
      none: '진학하지 않음',
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
