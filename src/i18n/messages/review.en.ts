/** English messages for the "review" area (merged into en.ts under `review`). */
export const reviewEn = {}
