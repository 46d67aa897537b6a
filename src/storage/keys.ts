/** Every name the app stores data under, in one place. */
export const DB_NAME = 'ml-roadmap-planner'
export const STORE_NAME = 'app'
/** The current app data, as a versioned envelope. */
export const APP_KEY = 'app-data'
/** Where unreadable data is kept aside when the user chooses to start over. */
export const QUARANTINE_PREFIX = 'unreadable-'
/** The last good snapshots, oldest overwritten first: `backup-1` … `backup-3`. */
export const BACKUP_KEYS = ['backup-1', 'backup-2', 'backup-3'] as const
/** Tabs of the app announce their saves to each other on this channel. */
export const CHANNEL_NAME = 'ml-roadmap-planner'
/** `localStorage` keys of the unload journal, one per tab: `<prefix><writer id>`. */
export const JOURNAL_PREFIX = 'ml-roadmap-planner:journal:'
/** `localStorage` key of the start hint (`./startHint.ts`): where the first view will likely be. */
export const START_HINT_KEY = 'ml-roadmap-planner:start'
/**
 * `localStorage` key of the kept layout (`./layoutCache.ts`): the card centres the automatic
 * layout gave the roadmap last shown.
 */
export const LAYOUT_CACHE_KEY = 'ml-roadmap-planner:layout'
