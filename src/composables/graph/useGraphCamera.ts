import { inject, nextTick, ref, toRaw, type InjectionKey, type Ref } from 'vue'
import {
  boundsOf,
  CARD_HEIGHT,
  CARD_WIDTH,
  fitTransform,
  READABLE_SCALE,
  type Placed,
  type Point,
  type ViewTransform,
} from '@/domain/graphGeometry'
import { toGraph as graphPoint } from '@/domain/gestures'
import type { GraphModel } from './useGraphModel'
import { useGraphViewport } from './useGraphViewport'

type Follower = (t: ViewTransform, passing: boolean) => void

/** How much one press of +/− (a button or the key) zooms. */
export const ZOOM_STEP = 1.4
/** The first view's margin, in pixels, when it starts at the roadmap's beginning. */
export const FIRST_VIEW_PAD = 24

/**
 * The graph's viewport as the view's parts use it: the view creates it and provides it
 * (`GRAPH_VIEWPORT`), the graph binds its `<svg>` and zoomed layer (`svg`, `layer`), and the
 * toolbar, the zoom buttons, the keyboard, the panel and the new-milestone form move it.
 * `follow` lets what is drawn over the graph (minimap, track labels, tip) track the zoom.
 */
export function useGraphCamera(
  model: GraphModel,
  shownCards: () => Placed[],
  focusedId: Ref<string | null>,
) {
  const svg = ref<SVGSVGElement | null>(null)
  const layer = ref<SVGGElement | null>(null)
  const followers = new Set<Follower>()
  const viewport = useGraphViewport(svg, layer, {
    onTransform: (t, passing) => {
      for (const f of followers) f(t, passing)
    },
    onFirstSize: () => firstView(),
  })

  const allBounds = () => boundsOf(shownCards())

  /**
   * The first view: everything when it fits at a readable scale, otherwise the start of the
   * roadmap (prerequisites are on the left) at a readable scale. "Fit" shows it all.
   */
  function firstView() {
    const b = allBounds()
    const { width, height } = viewport.size.value
    const fit = fitTransform(b, width, height)
    if (!b || fit.k >= READABLE_SCALE) return viewport.apply(fit, false)
    const k = READABLE_SCALE
    const h = (b.y1 - b.y0) * k
    const y = h < height ? (height - h) / 2 - b.y0 * k : FIRST_VIEW_PAD - b.y0 * k
    viewport.apply({ k, x: FIRST_VIEW_PAD - b.x0 * k, y }, false)
  }

  /** Moves keyboard focus to a card, bringing it into view. */
  function focusCard(id: string) {
    focusedId.value = id
    const c = toRaw(model.cards.get(id))
    if (c) viewport.reveal(c, CARD_WIDTH / 2, CARD_HEIGHT / 2)
    void nextTick(() => {
      svg.value
        ?.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`)
        ?.focus({ preventScroll: true })
    })
  }

  /** Centres the view on a card at a readable scale. */
  function centreCard(id: string) {
    const c = toRaw(model.cards.get(id))
    if (c) viewport.centre(c)
  }

  /** Centre of the visible area, in graph coordinates (where new cards go). */
  function viewCentre(): Point {
    const { width, height } = viewport.size.value
    return graphPoint(viewport.transform(), { x: width / 2, y: height / 2 })
  }

  /**
   * Calls `f` with every new transform until the returned function is called; `passing` while
   * a gesture or animation is under way, false once more when it comes to rest.
   */
  function follow(f: Follower): () => void {
    followers.add(f)
    return () => followers.delete(f)
  }

  return {
    ...viewport,
    svg,
    layer,
    follow,
    zoomIn: () => viewport.zoomBy(ZOOM_STEP),
    zoomOut: () => viewport.zoomBy(1 / ZOOM_STEP),
    fit: (animate = true) => viewport.fit(allBounds(), animate),
    focusCard,
    centreCard,
    viewCentre,
  }
}

export type GraphCamera = ReturnType<typeof useGraphCamera>
export const GRAPH_VIEWPORT: InjectionKey<GraphCamera> = Symbol('graph-viewport')

/**
 * What GraphView and its graph provide their parts (the editor, the viewport, the hovered card);
 * a part outside them is a bug.
 */
export function fromGraphView<T>(key: InjectionKey<T>): T {
  const provided = inject(key)
  if (!provided) throw new Error('provided by GraphView')
  return provided
}

export const injectGraphViewport = () => fromGraphView(GRAPH_VIEWPORT)
