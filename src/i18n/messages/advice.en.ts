/** English messages of the "advice" area: the mentor’s advice (src/i18n/areas.ts). */
export const adviceEn = {
  advice: {
    title: 'The mentor’s advice',
    intro:
      'Every piece of advice the roadmap is built on, with the mentor’s own words from the masterclass transcript.',
    search: 'Search advice',
    searchPlaceholder: 'e.g. Django, papers, 70%',
    topic: 'Topic',
    allTopics: 'All topics',
    topics: {
      strategy: 'Study strategy',
      ml: 'AI/ML',
      web: 'Web stack',
      projects: 'Projects',
      career: 'Career',
      research: 'Research & grad school',
      infra: 'Infrastructure',
    },
    count: 'No advice | 1 piece of advice | {n} pieces of advice',
    noResults: 'No advice matches your search.',
    citedBy: 'In your roadmap',
    notInRoadmap: 'Not cited by a milestone in your roadmap.',
  },
}
