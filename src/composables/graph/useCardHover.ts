import { computed, provide, ref, type InjectionKey, type Ref } from 'vue'
import { useMediaQuery } from '@/composables/useMediaQuery'
import { fromGraphView } from './useGraphCamera'

/**
 * Which card the pointer is over, for the cards' connection handles (issue #18): a handle is
 * drawn only where it can be shown — the card hovered, focused or selected, or every card on a
 * device without hover, as the card's styles show it — so the others carry three elements less
 * (the first view's and every large graph's). The graph provides it; each card reads it, so a
 * hover redraws the two cards it moves between, not the whole layer.
 */
export type CardHover = {
  /** The card under the pointer, if any. */
  hoveredId: Readonly<Ref<string | null>>
  /** No hover on this device (or a touch seen on one that has it): every card has its handle. */
  everyCard: Readonly<Ref<boolean>>
}

export const CARD_HOVER: InjectionKey<CardHover> = Symbol('card-hover')

/** In the graph: the state, and the handlers for its `<svg>`'s pointer events. */
export function provideCardHover(cardIdOf: (e: Event) => string | null) {
  const hoveredId = ref<string | null>(null)
  const noHover = useMediaQuery('(hover: none)')
  // A touch screen on a device with a mouse too: a finger has no hover to bring the handle up
  // before it presses, so from the first touch on every card keeps one.
  const touched = ref(false)
  const everyCard = computed(() => noHover.value || touched.value)
  provide(CARD_HOVER, { hoveredId, everyCard })
  return {
    onPointerover(e: PointerEvent) {
      hoveredId.value = cardIdOf(e)
      if (e.pointerType === 'touch') touched.value = true
    },
    onPointerleave() {
      hoveredId.value = null
    },
  }
}

/** In a card: whether the graph says to draw its handle, besides focus and selection. */
export const injectCardHover = (): CardHover => fromGraphView(CARD_HOVER)
