/** A node to lay out: `width` × `height` is its box in drawing units. */
export interface LayoutNodeInput {
  id: string
  width: number
  height: number
}

/** A directed edge `source → target` between node ids. */
export interface LayoutEdgeInput {
  source: string
  target: string
}

export interface LayoutInput {
  nodes: LayoutNodeInput[]
  edges: LayoutEdgeInput[]
}

export interface LayoutOptions {
  /** `TB`: layers run top to bottom; `LR`: left to right. Default `TB`. */
  direction?: 'TB' | 'LR'
  /** Least free space between two nodes of one layer. Default 30. */
  nodeGap?: number
  /** Free space between the boxes of two consecutive layers. Default 60. */
  layerGap?: number
  /** `fast` sweeps less; `best` (default) also sifts every vertex to its best slot. */
  quality?: 'fast' | 'best'
  /** An earlier result: nodes found in it keep their layer and relative order when that costs no crossing. */
  previous?: LayoutResult
}

export interface LayoutPoint {
  x: number
  y: number
}

export interface LayoutNode {
  id: string
  /** Centre of the node's box. */
  x: number
  y: number
  /** Layer index, 0 first (top in TB, left in LR). */
  layer: number
  /** Index among the real nodes of its layer, 0 first (left in TB, top in LR). */
  order: number
}

export interface LayoutEdge {
  source: string
  target: string
  /** From the source's border through the bends to the target's border. */
  points: LayoutPoint[]
}

export interface LayoutResult {
  nodes: LayoutNode[]
  edges: LayoutEdge[]
  width: number
  height: number
}
