import { nextTick, onMounted, onUnmounted, ref, type Ref } from 'vue'

/**
 * A button that shows and hides a panel (the disclosure pattern), as the narrow screens' menus
 * use it: opening moves focus to the panel's first control, Escape closes and returns focus to
 * the button, and pressing anywhere outside `root` closes it.
 */
export function useDisclosure(
  root: Ref<HTMLElement | null>,
  toggle: Ref<HTMLElement | null>,
  panel: Ref<HTMLElement | null>,
) {
  const open = ref(false)

  async function setOpen(next: boolean) {
    open.value = next
    if (next) {
      await nextTick()
      panel.value?.querySelector<HTMLElement>('a, button, select, input')?.focus()
    }
  }
  function close(refocus: boolean) {
    if (!open.value) return
    open.value = false
    if (refocus) toggle.value?.focus()
  }
  function onKeydown(e: KeyboardEvent) {
    if (e.key === 'Escape' && open.value) {
      e.stopPropagation()
      close(true)
    }
  }
  function onPointerdown(e: PointerEvent) {
    if (open.value && !root.value?.contains(e.target as Node)) close(false)
  }
  onMounted(() => document.addEventListener('pointerdown', onPointerdown))
  onUnmounted(() => document.removeEventListener('pointerdown', onPointerdown))
  return { open, setOpen, close, onKeydown }
}
