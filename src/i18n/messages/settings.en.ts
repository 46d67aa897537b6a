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
  backups: {
    title: 'Backups in this browser',
    intro:
      'While you work, the app keeps the last 3 versions of your data here, at most one every 5 minutes. Deleted or changed a roadmap by mistake? Restore a backup. Restoring first keeps what you have now as a backup, so a restore can be undone too.',
    loading: 'Looking for backups…',
    loadFailed: 'The backups could not be read.',
    retry: 'Try again',
    none: 'No backup yet. One is made as soon as you have a roadmap.',
    memoryOnly: 'This browser does not let the app store data, so there are no backups.',
    outdated: 'A newer version of the app is open in another tab. Reload this tab to use backups.',
    paused: 'Choose what to do with the unreadable data (at the top of the page) first.',
    listLabel: 'Backups, newest first',
    from: 'Backup from {time}',
    unknownTime: 'Backup (date unknown)',
    roadmaps: 'One roadmap | {count} roadmaps',
    roadmapList: '{roadmaps}: {names}',
    milestones: '{done} of {total} milestones done',
    entries: 'No time entries | One time entry | {count} time entries',
    preview: 'Preview',
    previewLabel: 'Preview the backup from {time}',
    hidePreview: 'Hide preview',
    hidePreviewLabel: 'Hide the preview of the backup from {time}',
    restore: 'Restore…',
    restoreLabel: 'Restore the backup from {time}…',
    previewTitle: 'If you restore this backup',
    back: 'Come back',
    gone: 'Go away (kept in a new backup)',
    changed: 'Go back to the backed-up version',
    change: '{name}: {nowDone} of {nowTotal} done now, {backupDone} of {backupTotal} in the backup',
    same: 'Stay as they are',
    noChange: 'Your roadmaps would stay as they are.',
    confirmTitle: 'Restore this backup?',
    confirmBody:
      'Your roadmaps and logged time will be replaced by those of the backup from {time}; your settings stay as they are. What you have now is kept as a backup first, so you can undo this here.',
    confirmBodyEmpty:
      'The roadmaps and logged time of the backup from {time} will come back; your settings stay as they are.',
    confirmYes: 'Restore backup',
    restored: 'The backup from {time} was restored.',
    restoredKept: 'The backup from {time} was restored. What you had before is kept as a backup.',
    invalid:
      'This backup no longer passes the app’s checks, so it was not restored. Nothing has changed.',
    failed:
      'The backup could not be restored, and nothing has changed. Reload the page and try again.',
  },
}
