/** English messages of the "onboarding" area: the questionnaire (src/i18n/areas.ts). */
export const onboardingEn = {
  onboarding: {
    title: 'Build your roadmap',
    intro:
      'A few questions turn the mentor’s advice into your own study plan. You can change every answer and every milestone later.',
    restartNote: 'Finishing the questionnaire replaces your current roadmap and its progress.',
    mentorPick: 'Mentor’s pick',
    submit: 'Create my roadmap',
    cancel: 'Keep my current roadmap',
    goal: {
      legend: 'What are you aiming for?',
      'ai-engineer': 'AI engineer job',
      'ai-engineer-hint': 'Build and ship ML models at a company.',
      'research-engineer': 'Research engineer',
      'research-engineer-hint': 'Read, reproduce and write papers in a research team.',
      'fullstack-ml': 'Full-stack ML engineer',
      'fullstack-ml-hint': 'Build ML products end to end, web included.',
      pm: 'Heading to product management',
      'pm-hint': 'Engineer first, then lead products as a (technical) PM.',
    },
    hours: {
      label: 'Study hours per week',
      hint: 'Between {min} and {max}. The mentor suggests putting 70–80% of it into AI/ML.',
      error: 'Enter a whole number of hours between {min} and {max}.',
    },
    backend: {
      legend: 'Backend framework to learn',
    },
    frontend: {
      legend: 'Frontend framework to learn',
    },
    demo: {
      legend: 'How will you build model demos?',
    },
    framework: {
      legend: 'Deep-learning framework',
    },
    grad: {
      legend: 'Graduate path',
    },
    answers: {
      django: 'Django',
      flask: 'Flask',
      spring: 'Spring',
      react: 'React',
      vue: 'Vue',
      angular: 'Angular',
      'own-page': 'My own demo page',
      streamlit: 'Streamlit',
      dash: 'Dash',
      pytorch: 'PyTorch',
      tensorflow: 'TensorFlow',
      internship: 'Undergraduate research internship',
      masters: 'Master’s degree',
      phd: 'PhD',
      none: 'None for now',
    },
    errorSummary: 'Please answer every question.',
  },
  roadmapName: {
    'ai-engineer': 'AI engineer roadmap',
    'research-engineer': 'Research engineer roadmap',
    'fullstack-ml': 'Full-stack ML roadmap',
    pm: 'Engineer-to-PM roadmap',
  },
}
