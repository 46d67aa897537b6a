/** English messages of the "settings" area: the settings view (src/i18n/areas.ts). */
export const settingsEn = {
  settings: {
    title: 'Settings',
    language: 'Language',
    languageSystem: 'Browser language ({language})',
    weeklyHours: 'Study hours per week',
    weeklyHoursSaved: 'Weekly hours updated.',
    restartTitle: 'Start over',
    restartBody:
      'Answer the questionnaire again to build a new roadmap. Your current roadmap is replaced only when you finish it.',
    restart: 'Restart the questionnaire',
    restartConfirmTitle: 'Restart the questionnaire?',
    restartConfirm:
      'When you finish the questionnaire, your current roadmap and all of its progress are replaced. This cannot be undone.',
    restartYes: 'Yes, restart',
    noRoadmap: 'You have no roadmap yet.',
  },
  appearance: {
    theme: {
      title: 'Appearance',
      legend: 'Colour theme',
      system: 'Same as my system (now {current})',
      light: 'Light',
      dark: 'Dark',
      nowLight: 'light',
      nowDark: 'dark',
      printNote: 'Printing and the graph’s image downloads always use the light colours.',
    },
  },
  persistence: {
    title: 'Keeping your data',
    persisted:
      'This browser has agreed to keep your data and will not clear it to free up space. Clearing site data still deletes it, so keep a backup by exporting your roadmaps now and then.',
    notPersisted:
      'This browser may clear your data when space runs low, and Safari clears it after 7 days without a visit. On Safari, add this app to your Home Screen. Keep a backup by exporting your roadmaps now and then.',
    unknown:
      'This browser does not say whether it will keep your data. On Safari, add this app to your Home Screen. Keep a backup by exporting your roadmaps now and then.',
  },
}
