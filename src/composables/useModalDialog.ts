import { onMounted, ref, watch } from 'vue'

/** A native `<dialog>` shown as a modal while `open()` is true, closed when it turns false. */
export function useModalDialog(open: () => boolean) {
  const dialog = ref<HTMLDialogElement | null>(null)
  // A dialog loaded lazily mounts already open.
  onMounted(() => {
    if (open() && dialog.value && !dialog.value.open) dialog.value.showModal()
  })
  watch(
    open,
    (isOpen) => {
      const el = dialog.value
      if (!el) return
      if (isOpen && !el.open) el.showModal()
      if (!isOpen && el.open) el.close()
    },
    { flush: 'post' },
  )
  return { dialog }
}
