/** English messages for the "evidence" area (merged into en.ts under `evidence`). */
export const evidenceEn = {}
