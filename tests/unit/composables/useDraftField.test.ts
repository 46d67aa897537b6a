import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, effectScope, h, nextTick, ref, withDirectives, vModelText } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DRAFT_DELAY_MS, useDraftField } from '@/composables/useDraftField'
import { usePersistenceStore } from '@/stores/persistence'

beforeEach(() => {
  setActivePinia(createPinia())
  vi.useFakeTimers()
})
afterEach(() => vi.useRealTimers())

/** A field over a stored value (`stored`), whose store accepts any text (trimmed). */
function field(initial = 'stored text') {
  const stored = ref(initial)
  const save = vi.fn((text: string, key: string) => {
    stored.value = key === 'm1' ? text.trim() : stored.value
    return true
  })
  const scope = effectScope()
  const draft = scope.run(() =>
    useDraftField(
      () => 'm1',
      () => stored.value,
      save,
    ),
  )!
  return { stored, save, scope, draft }
}

/** What a person typing does: the text changes, then the `input` event fires. */
function type(draft: ReturnType<typeof field>['draft'], text: string) {
  draft.text.value = text
  draft.input()
}

describe('useDraftField', () => {
  it('waits for a pause in typing, then hands the last text to the store once', async () => {
    const { draft, save, stored } = field('')
    type(draft, 'N')
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50)
    type(draft, 'No')
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 50)
    type(draft, 'Notes')
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS - 1)
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('Notes', 'm1')
    expect(stored.value).toBe('Notes')
  })

  it('commits at once on change (blur, Enter), and the debounce does not write again', async () => {
    const { draft, save } = field()
    type(draft, 'typed')
    draft.commit()
    expect(save).toHaveBeenCalledWith('typed', 'm1')
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS * 2)
    expect(save).toHaveBeenCalledTimes(1)
    draft.commit() // nothing pending: nothing to save
    expect(save).toHaveBeenCalledTimes(1)
  })

  it('is committed by the persistence store’s flush (page hidden or closing)', async () => {
    const { draft, save } = field()
    type(draft, 'before the tab hides')
    await usePersistenceStore().flush()
    expect(save).toHaveBeenCalledWith('before the tab hides', 'm1')
  })

  it('leaves the text being typed alone when the stored value changes (another tab)', async () => {
    const { draft, save, stored } = field('old')
    type(draft, 'what I am typing')
    stored.value = 'saved by another tab'
    await nextTick()
    expect(draft.text.value).toBe('what I am typing')
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS)
    expect(save).toHaveBeenLastCalledWith('what I am typing', 'm1')
    expect(stored.value).toBe('what I am typing')
  })

  it('shows a stored change from elsewhere when nothing is being typed', async () => {
    const { draft, stored } = field('old')
    stored.value = 'saved by another tab'
    await nextTick()
    expect(draft.text.value).toBe('saved by another tab')
  })

  it('keeps the text as typed when its own commit comes back normalised', async () => {
    const { draft, stored } = field('')
    type(draft, 'spaces at the end   ')
    draft.commit()
    await nextTick()
    expect(stored.value).toBe('spaces at the end')
    expect(draft.text.value).toBe('spaces at the end   ')
  })

  it('keeps refused text in the field, and does not let a stored change replace it', async () => {
    const stored = ref('valid')
    const scope = effectScope()
    const draft = scope.run(() =>
      useDraftField(
        () => 'm1',
        () => stored.value,
        () => false,
      ),
    )!
    type(draft, '')
    draft.commit()
    stored.value = 'saved by another tab'
    await nextTick()
    expect(draft.text.value).toBe('')
    scope.stop()
  })

  it('commits under the old key before showing another record', async () => {
    const records = ref<Record<string, string>>({ m1: 'first', m2: 'second' })
    const key = ref('m1')
    const save = vi.fn((text: string, k: string) => {
      records.value = { ...records.value, [k]: text }
      return true
    })
    const scope = effectScope()
    const draft = scope.run(() =>
      useDraftField(
        () => key.value,
        () => records.value[key.value] ?? '',
        save,
      ),
    )!
    type(draft, 'edited first')
    key.value = 'm2'
    await nextTick()
    expect(save).toHaveBeenCalledWith('edited first', 'm1')
    expect(records.value).toEqual({ m1: 'edited first', m2: 'second' })
    expect(draft.text.value).toBe('second')
    scope.stop()
  })

  it('commits when the field goes away, and unregisters from the persistence store', async () => {
    const { draft, save, scope } = field()
    type(draft, 'closing the panel')
    scope.stop()
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith('closing the panel', 'm1')
    type(draft, 'after unmount')
    await usePersistenceStore().flush()
    expect(save).toHaveBeenCalledTimes(1)
  })
})

describe('useDraftField in a component', () => {
  it('saves while typing after the pause, and at once on blur', async () => {
    const stored = ref('')
    const save = vi.fn((text: string) => {
      stored.value = text
      return true
    })
    const Field = defineComponent({
      setup() {
        const draft = useDraftField(
          () => 'm1',
          () => stored.value,
          (text) => save(text),
        )
        return () =>
          withDirectives(
            h('input', {
              'onUpdate:modelValue': (v: string) => (draft.text.value = v),
              onInput: draft.input,
              onChange: draft.commit,
            }),
            [[vModelText, draft.text.value]],
          )
      },
    })
    const wrapper = mount(Field)
    const input = wrapper.get('input')
    // Typing fires `input` only; `change` comes on blur or Enter.
    const typeInto = async (text: string) => {
      ;(input.element as HTMLInputElement).value = text
      await input.trigger('input')
    }
    await typeInto('first words')
    expect(save).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(DRAFT_DELAY_MS)
    expect(save).toHaveBeenLastCalledWith('first words')

    await typeInto('then more')
    // Another tab's save arrives mid-typing: the field keeps what is typed.
    stored.value = 'from another tab'
    await nextTick()
    expect((input.element as HTMLInputElement).value).toBe('then more')
    await input.trigger('change')
    expect(save).toHaveBeenLastCalledWith('then more')
    expect(stored.value).toBe('then more')
    wrapper.unmount()
  })
})
