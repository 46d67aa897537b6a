/**
 * The reference page of the render bench: the same graph (same cards, positions, edges) drawn
 * by Vue Flow with its default node type. The bench injects `window.__BENCH__` before load.
 */
import { createApp, defineComponent, h } from 'vue'
import { MarkerType, Position, useVueFlow, VueFlow, type Edge, type Node } from '@vue-flow/core'
import '@vue-flow/core/dist/style.css'
import '@vue-flow/core/dist/theme-default.css'

interface BenchGraph {
  nodes: { id: string; x: number; y: number; label: string }[]
  edges: { source: string; target: string }[]
  width: number
  height: number
  cardWidth: number
  cardHeight: number
}
const data = (window as unknown as { __BENCH__: BenchGraph }).__BENCH__

const nodes: Node[] = data.nodes.map((n) => ({
  id: n.id,
  position: { x: n.x - data.cardWidth / 2, y: n.y - data.cardHeight / 2 },
  data: { label: n.label },
  sourcePosition: Position.Right,
  targetPosition: Position.Left,
  style: { width: `${data.cardWidth}px`, height: `${data.cardHeight}px` },
}))
const edges: Edge[] = data.edges.map((e) => ({
  id: `${e.source}>${e.target}`,
  source: e.source,
  target: e.target,
  markerEnd: MarkerType.ArrowClosed,
}))

const Page = defineComponent({
  setup() {
    const flow = useVueFlow()
    ;(window as unknown as { __vf: typeof flow }).__vf = flow
    return () =>
      h(VueFlow, {
        nodes,
        edges,
        fitViewOnInit: true,
        minZoom: 0.02,
        maxZoom: 2.5,
        style: { width: `${data.width}px`, height: `${data.height}px` },
      })
  },
})

createApp(Page).mount('#app')
