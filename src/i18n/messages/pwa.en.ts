/** English messages for the "pwa" area (merged into en.ts under `pwa`). */
export const pwaEn = {}
