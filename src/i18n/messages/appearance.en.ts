/** English messages for the "appearance" area (merged into en.ts under `appearance`). */
export const appearanceEn = {}
