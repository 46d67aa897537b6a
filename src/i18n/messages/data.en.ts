/** English messages of the "data" area: export, import, roadmaps and share links (src/i18n/areas.ts). */
export const dataEn = {
  data: {
    title: 'Roadmaps',
    intro: 'Each roadmap keeps its own milestones, progress and logged time.',
    none: 'No roadmap yet. Answer the questionnaire or import a file.',
    newRoadmap: 'New roadmap',
    active: 'Open now',
    progressLabel: 'Progress of {name}',
    open: 'Open',
    openLabel: 'Open {name}',
    rename: 'Rename',
    renameLabel: 'Rename {name}',
    nameLabel: 'New name for {name}',
    save: 'Save name',
    renameEmpty: 'Enter a name.',
    renameTooLong: 'Use at most {max} characters.',
    duplicate: 'Duplicate',
    duplicateLabel: 'Duplicate {name}',
    copyName: '{name} (copy)',
    delete: 'Delete',
    deleteLabel: 'Delete {name}',
    deleteTitle: 'Delete this roadmap?',
    deleteBody:
      '“{name}” and its logged time will be deleted for good. Download it first if you may want it back.',
    deleteYes: 'Delete roadmap',
    exportTitle: 'Export',
    exportIntro:
      'Download a file you can keep as a backup or import on another device. Files record their data version.',
    exportRoadmap: 'Download this roadmap',
    exportBackup: 'Download everything (backup)',
    importTitle: 'Import',
    importIntro:
      'A roadmap or backup exported from this app, or a roadmap.sh roadmap (JSON). Nothing changes until you confirm.',
    importFile: 'File to import',
    tooBig: 'This file is {size} MB. Files over {max} MB are not imported.',
    readFailed: 'The file could not be read. Nothing has changed.',
    importErrors: 'This file was not imported and nothing has changed. Problems found:',
    errorAt: '{path}: {message}',
    /** One per ImportErrorCode (src/domain/import.ts). */
    importProblem: {
      tooLarge: 'The file is larger than {max} MB.',
      notJson: 'The file is not valid JSON (it may be cut off or not a JSON file).',
      notObject: 'The file holds JSON, but not a roadmap: it should be one JSON object.',
      unknownFormat:
        'This is not a roadmap file. Import a file exported from this app or a roadmap.sh roadmap.',
      newerVersion:
        'The file was made by a newer version of this app (data version {version}; this one reads up to {max}). Reload the app to update it, then try again.',
      badKind: 'The file does not say whether it is one roadmap or a full backup.',
      badVersion: 'The file’s data version is missing or not a whole number.',
      missing: 'A required part of the file is missing.',
      forbiddenKey: 'The file contains the key “{key}”, which is never allowed.',
      tooDeep: 'The file is nested more than {max} levels deep.',
      badNode: 'A roadmap.sh node without an id.',
      badEdge: 'A roadmap.sh connection without a source or target.',
      nothingToImport:
        'The roadmap.sh file has no topic or subtopic with a label: nothing to import.',
      unreadable: 'The file could not be read.',
      invalid: 'A value breaks a rule of the file format.',
    },
    technicalDetail: 'Technical detail (English): {detail}',
    /** One per ImportNotice code. */
    importNotice: {
      droppedNodes:
        'One decorative or unlabelled node was left out. | {count} decorative or unlabelled nodes were left out.',
      defaultHours: 'Every milestone was given {count} h; adjust the estimates.',
      cyclesLeftOut:
        'One connection would have made a loop and was left out. | {count} connections would have made a loop and were left out.',
      edgesDropped:
        'One connection to a left-out node was dropped. | {count} connections to left-out nodes were dropped.',
    },
    previewTitle: 'Ready to import',
    kindRoadmap: 'One roadmap exported from this app',
    kindBackup: 'A full backup of this app',
    kindRoadmapsh: 'A roadmap.sh roadmap',
    previewName: 'Roadmap: {name}',
    previewEntries: 'Time entries: {count}',
    previewRoadmaps: 'Roadmaps: {count}',
    importAsNew: 'Add as a new roadmap',
    importBackup: 'Replace all data…',
    replaceTitle: 'Replace all your data?',
    replaceBody:
      'Your roadmap, its logged time and your settings will be replaced by this backup. Your current data is first kept in Settings → Backups and downloaded as a file. | Your {count} roadmaps, their logged time and your settings will be replaced by this backup. Your current data is first kept in Settings → Backups and downloaded as a file.',
    replaceYes: 'Replace everything',
    imported: '“{name}” was added and is now open.',
    importSame:
      'You already have this roadmap: “{name}”. Replace it with the file’s version, or add the file beside it as a new roadmap.',
    importReplace: 'Replace “{name}”…',
    replaceRoadmapTitle: 'Replace “{name}”?',
    replaceRoadmapBody:
      '“{name}” and its logged time will be replaced by the file’s version. Your current data is first kept in Settings → Backups and downloaded as a file.',
    replaceRoadmapYes: 'Replace roadmap',
    roadmapReplaced: '“{name}” was replaced by the file’s version and is now open.',
    replaced: 'Your data was replaced by the backup.',
    downloadPrevious: 'Download the data from before the import',
    shareTitle: 'Share link',
    shareIntro:
      'A short read-only link: the roadmap’s name, its milestones with their status, and the graph. Notes, evidence and logged time stay here. Whoever opens it sees the graph and can save a copy. Nothing is sent to a server: the roadmap travels inside the link.',
    shareLanguages: 'Titles in',
    shareLanguage: {
      ko: 'Korean',
      en: 'English',
      both: 'Korean and English',
    },
    shareLength: 'Link: {count} characters',
    shareCopy: 'Copy share link',
    shareCopied: 'The link was copied.',
    shareCopyFailed: 'Copy the link below.',
    shareLink: 'Share link',
    shareTooLong:
      'This roadmap is too large for a link ({size} KB; the limit is {max} KB). Download it as a file and send that instead.',
    shareFailed:
      'The link could not be made in this browser. Download the roadmap as a file instead.',
    sharedTitle: 'Shared roadmap',
    sharedIntro:
      'Someone shared this roadmap with you. It is read-only here; saving a copy adds it beside your roadmaps and changes nothing else.',
    sharedLoading: 'Opening the link…',
    sharedBroken:
      'This link is broken or was changed, so it cannot be opened: it may have been cut off when it was copied. Ask for a new link or for the file. Nothing was saved.',
    sharedTooLarge:
      'This link holds more than the app opens from a link, so it was not opened. Ask for the file instead. Nothing was saved.',
    sharedNewer:
      'This link was made by a newer version of the app. Reload the page to update the app, then open the link again.',
    sharedAsOf: 'As of {date}',
    sharedGraph: 'Graph',
    sharedGraphAlt:
      'The graph of “{name}”: {count} milestones joined by their prerequisites. The list below has every milestone with its status.',
    sharedList: 'Milestones as a list ({count})',
    sharedItem: '{title}: {status}',
    saveCopy: 'Save a copy',
    savedCopy: 'A copy was saved in your roadmaps.',
    openCopy: 'Open the copy',
  },
  conflict: {
    label: 'Changed in two tabs',
    title: 'Another tab changed the same thing as this one.',
    body: 'Everything else from both tabs was combined. Here the version in this tab was kept and saved:',
    unmerged:
      'The changes in this tab could not be combined with the other tab’s without breaking the roadmap’s links, so the other tab’s version is shown. Make the change again if you still need it.',
    theirs: 'The other tab had: {value}',
    deleted: 'The other tab deleted it.',
    field: {
      title: 'Title of “{name}”',
      notes: 'Notes on “{name}”',
      estimateHours: 'Estimated hours of “{name}”',
      status: 'Status of “{name}”',
      other: 'Details of “{name}”',
    },
    roadmap: 'The roadmap “{name}”',
    timeLog: 'The time log of “{name}”',
    settings: 'Settings',
    dismiss: 'Got it',
  },
}
