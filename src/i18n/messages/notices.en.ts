/** English messages of the "notices" area: banners shown only when there is something to say — storage trouble, unreadable data, the export and review reminders (src/i18n/areas.ts). */
export const noticesEn = {
  storage: {
    unavailable:
      'This browser does not let the app store data (private browsing or blocked storage). You can keep working, but changes will not be saved when this tab closes.',
    saveFailed:
      'Your latest changes are not saved yet ({error}). They are kept in this tab and saving is retried automatically; keep the tab open.',
    retryNow: 'Retry now',
    outdated:
      'A newer version of this app is open in another tab. This tab has stopped saving so it cannot overwrite newer data — reload it.',
    reload: 'Reload this tab',
  },
  recovery: {
    title: 'Your saved data could not be opened',
    futureVersion:
      'It was saved by a newer version of this app. Reload to get the newer version; nothing has been changed.',
    invalid:
      'It is damaged or incomplete. It has been kept exactly as it was; nothing has been overwritten.',
    details: 'Technical details',
    download: 'Download the stored data',
    startFresh: 'Keep it aside and start fresh',
    startFreshConfirm:
      'The unreadable data stays in your browser under its own name and can still be downloaded. Start a fresh roadmap?',
    whileOpen: 'Until you decide, the app will not save anything.',
    restoreBackup: 'Restore the latest good backup ({time})',
    restoreConfirm:
      'The unreadable data is first kept aside under its own name. Restore the backup from {time}?',
    restoreFailed: 'The backup could not be restored. Reload the page and try again.',
  },
  reminder: {
    neverExported:
      'Your roadmaps live only in this browser, for {days} days now. Keep a copy elsewhere: download a backup file.',
    lastExport:
      'Your last export was {days} days ago. Download a fresh backup so nothing depends on this browser alone.',
    download: 'Download a backup',
    later: 'Remind me later',
    review: {
      label: 'Weekly review',
      text: 'This week has no review yet. Two minutes: what got done, where the time went, what stalled.',
      open: 'Review this week',
      dismiss: 'Not this week',
    },
  },
}
