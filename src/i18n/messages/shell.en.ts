/** English messages of the "shell" area: always shown: the app frame, navigation, save status, storage banners, the timer bar, reminders and update prompts (src/i18n/areas.ts). */
export const shellEn = {
  app: {
    title: 'ML Roadmap Planner',
    skipToContent: 'Skip to content',
    loading: 'Loading your roadmap…',
    contentError: 'The built-in roadmap content is damaged, so the app cannot start. Details:',
  },
  nav: {
    label: 'Main',
    graph: 'Graph',
    list: 'List',
    advice: 'Advice',
    roadmaps: 'Roadmaps',
    settings: 'Settings',
    switchLanguage: '한국어로 보기',
    time: 'Time',
    papers: 'Papers',
    portfolio: 'Portfolio',
    menu: 'Menu',
  },
  save: {
    label: 'Save status',
    saved: 'Saved',
    savedAt: 'Saved at {time}',
    saving: 'Saving…',
    unsaved: 'Not saved',
    memoryOnly: 'Not saved — storage unavailable',
    paused: 'Not saving — stored data needs attention',
    outdated: 'Not saving — a newer version is open in another tab',
  },
  timer: {
    title: 'Timer',
    running: 'Timer running: {what}',
    paused: 'Timer paused: {what}',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop and log',
    discard: 'Discard',
    discardConfirm: 'Discard this timer without logging its time?',
    discardBody: 'The time measured for {what} is not logged anywhere. This cannot be undone.',
    tooShort: 'The timer ran for under a minute. Log it as one minute, or discard it?',
    logMinute: 'Log 1 min',
    longTitle: 'This timer ran for {duration}',
    longBody: 'Did you forget to stop it? Correct the duration if needed, then log it.',
    longSave: 'Log this time',
  },
  duration: {
    label: 'Duration',
    placeholder: '1:30',
    hint: 'Minutes (90) or h:mm (1:30).',
    error: 'Enter minutes (1–1440) or h:mm, e.g. 90 or 1:30.',
    hm: '{h} h {m} min',
    h: '{h} h',
    m: '{m} min',
  },
  storage: {
    unavailable:
      'This browser does not let the app store data (private browsing or blocked storage). You can keep working, but changes will not be saved when this tab closes.',
    saveFailed:
      'Your latest changes are not saved yet ({error}). They are kept in this tab and saving is retried automatically; keep the tab open.',
    retryNow: 'Retry now',
    outdated:
      'A newer version of this app is open in another tab. This tab has stopped saving so it cannot overwrite newer data — reload it.',
    reload: 'Reload this tab',
    waiting:
      'Waiting for the browser’s storage… Another tab of this app may be using it. Your data is safe; if this stays, close the app’s other tabs.',
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
  common: {
    cancel: 'Cancel',
    close: 'Close',
    hours: 'hours',
    percent: '{value}%',
  },
  appError: {
    label: 'Problem on this page',
    loadFailed:
      'Part of the app could not be downloaded: the network may be down, or a new version was just published. Your data is safe.',
    retry: 'Retry',
    retrying: 'Retrying…',
    crashed:
      'Something went wrong on this page. Your saved data was not touched; to be safe, download a backup, then reload.',
  },
  pwa: {
    label: 'App updates',
    updateAvailable: 'A new version of the app is available.',
    updateHint: 'Reload to use it; your work is saved first.',
    reload: 'Reload',
    later: 'Later',
    notSaved:
      'Your latest changes are not saved yet, so the app did not reload. Try again once the status says “Saved”, or download a backup first.',
    downloadBackup: 'Download backup',
    offlineReady: 'Ready to work offline: the app now opens without a network connection.',
    offlineReadyClose: 'OK',
  },
}
