/** English messages for the "pwa" area (merged into en.ts under `pwa`). */
export const pwaEn = {
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
}
