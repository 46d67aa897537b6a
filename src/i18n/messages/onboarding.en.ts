/** English messages of the "onboarding" area: the questionnaire (src/i18n/areas.ts). */
export const onboardingEn = {
  onboarding: {
    title: 'Build your roadmap',
    intro:
      'A few questions turn the mentor’s advice into your own study plan. You can change every answer and every milestone later.',
    restartNote: 'Finishing the questionnaire replaces your current roadmap and its progress.',
    mentorPick: 'Mentor’s pick',
    preset: 'Preselected',
    required: 'required',
    youKnowIt: 'You know it',
    pmNoFrontend:
      'If you are heading to PM, the plan leaves out the frontend frameworks: you need not go through full stack to become a PM, he says. Gain some experience, then go straight to PM.',
    known: {
      doneLegend: 'What have you already done?',
      doneHint:
        'These start done in your plan and count toward your progress. Tick only what you could do again without help.',
      frameworksLegend: 'Which web frameworks do you already know?',
      frameworksHint:
        'The mentor’s picks assume you have no web base (Django for the backend; React if you know none of the three). If you already know one, the plan recommends it.',
      items: {
        'framework-basics': 'Deep-learning framework basics (tensors, a training loop)',
        classifier: 'Trained an image classifier (e.g. in the bootcamp)',
        detector: 'Trained an object detector',
        'web-basics': 'Web basics: HTTP, REST, SQL',
        'fe-basics': 'HTML, CSS and JavaScript',
        'docker-basics': 'Docker basics',
      },
    },
    submit: 'Create my roadmap',
    cancel: 'Keep my current roadmap',
    goal: {
      legend: 'What are you aiming for?',
      'ai-engineer': 'AI engineer job',
      'ai-engineer-hint':
        'Implement and ship ML models at a company; papers, reproductions and demos lead the way.',
      'research-engineer': 'Research engineer',
      'research-engineer-hint':
        'Read, reproduce and write papers in a research team, starting with an undergraduate research internship.',
      'fullstack-ml': 'Full-stack ML engineer',
      'fullstack-ml-hint': 'Build ML products end to end, web included; ML stays your major.',
      pm: 'Heading to product management',
      'pm-hint':
        'Gain experience as an engineer, then go straight to (technical) PM, not through full stack.',
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
      legend: 'Graduate plans',
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
      internship: 'Not decided: research internship first, then decide',
      masters: 'Master’s degree',
      phd: 'PhD',
      none: 'No graduate school',
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
