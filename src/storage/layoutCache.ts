/**
 * The kept layout: the card centres the automatic layout gave the roadmap last shown, in
 * `localStorage`, so that the graph's next first frame need not wait for the layered layout
 * (≈ 10–30 ms of code running cold at start, where it takes 0.5 ms warm; issue #18). It is keyed
 * by the layout's whole input (`layoutInput`: settings, cards in order, prerequisites; by its
 * hash) and by the layout code's own version (`__LAYOUT_VERSION__`, a digest of that code made
 * at build time), so a kept layout is exactly what this build would compute for this roadmap;
 * anything else (another roadmap, an edit, a new build, a damaged value) is not used. It holds
 * no user data (numbers and a hash), and a missing or refused write only costs the layout at
 * the next start.
 */
import type { Point } from '@/domain/graphGeometry'
import { hashText } from '@/domain/hash'
import { localStore } from './journal'
import { LAYOUT_CACHE_KEY } from './keys'

/**
 * Larger roadmaps are not kept: `localStorage` is small and also holds the unload journal
 * (a 2,000-card layout is ≈ 30 KB of text).
 */
export const MAX_KEPT_CARDS = 2000

interface Kept {
  /** The layout code's version. */
  v: string
  /** The input's hash. */
  h: string
  /** Centres, in the input's card order: x0, y0, x1, y1, … */
  p: number[]
}

/** The kept centres for this input and card count, or null when there are none that fit. */
export function readKeptLayout(
  input: string,
  cards: number,
  version: string = __LAYOUT_VERSION__,
  store: Pick<Storage, 'getItem'> | null = localStore(),
): Point[] | null {
  try {
    const raw = store?.getItem(LAYOUT_CACHE_KEY)
    if (!raw) return null
    const kept = JSON.parse(raw) as Partial<Kept> | null
    if (
      !kept ||
      kept.v !== version ||
      kept.h !== hashText(input) ||
      !Array.isArray(kept.p) ||
      kept.p.length !== cards * 2 ||
      !kept.p.every((n) => typeof n === 'number' && Number.isFinite(n))
    )
      return null
    const out: Point[] = []
    for (let i = 0; i < cards; i++) out.push({ x: kept.p[2 * i]!, y: kept.p[2 * i + 1]! })
    return out
  } catch {
    return null
  }
}

/** Keeps the centres the layout gave this input, in its card order. Never throws. */
export function keepLayout(
  input: string,
  centres: readonly Point[],
  version: string = __LAYOUT_VERSION__,
  store: Pick<Storage, 'setItem' | 'removeItem'> | null = localStore(),
): void {
  try {
    if (!store) return
    if (centres.length > MAX_KEPT_CARDS) return store.removeItem(LAYOUT_CACHE_KEY)
    const kept: Kept = { v: version, h: hashText(input), p: centres.flatMap((c) => [c.x, c.y]) }
    store.setItem(LAYOUT_CACHE_KEY, JSON.stringify(kept))
  } catch {
    // Quota or a private mode: the next start lays the roadmap out again.
  }
}
