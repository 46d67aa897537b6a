import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import TimeEntryList from '@/components/time/TimeEntryList.vue'
import { addDays } from '@/domain/time'
import { useTimeStore } from '@/stores/time'
import { entry, mountWith } from './timeFixture'

describe('TimeEntryList', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('lists the newest weeks first with their totals, and shows earlier weeks on request', async () => {
    // Two entries a week for 20 weeks, the newest on Wednesday 2026-03-11.
    const entries = Array.from({ length: 40 }, (_, i) =>
      entry(addDays('2026-03-11', -Math.floor(i / 2) * 7 - (i % 2)), 30, 'ml'),
    )
    const { wrapper } = mountWith(TimeEntryList, { entries })
    const weeks = () => wrapper.findAll('section.week')
    expect(weeks()).toHaveLength(8)
    expect(weeks()[0]!.find('h3').text()).toContain('Mar 8, 2026') // English weeks start on Sunday
    expect(weeks()[0]!.find('h3').text()).toContain('1 h total')
    await wrapper.find('button.more').trigger('click')
    expect(weeks()).toHaveLength(16)
    await wrapper.find('button.more').trigger('click')
    expect(weeks()).toHaveLength(20)
    expect(wrapper.find('button.more').exists()).toBe(false)
  })

  it('deletes an entry and can undo it', async () => {
    const { wrapper } = mountWith(TimeEntryList, { entries: [entry('2026-03-10', 45, 'web')] })
    await wrapper.find('button[aria-label^="Delete the entry"]').trigger('click')
    expect(useTimeStore().entries).toEqual([])
    expect(wrapper.text()).toContain('Entry deleted.')
    await wrapper
      .findAll('button')
      .find((b) => b.text() === 'Undo')!
      .trigger('click')
    expect(useTimeStore().entries).toHaveLength(1)
  })

  it('refuses an invalid edit with a message and keeps the entry', async () => {
    const { wrapper } = mountWith(TimeEntryList, { entries: [entry('2026-03-10', 45, 'web')] })
    await wrapper.find('button[aria-label^="Edit the entry"]').trigger('click')
    const [, duration] = wrapper.findAll('form input')
    await duration!.setValue('99:99')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.text()).toContain('Enter minutes (1–1440) or h:mm')
    expect(useTimeStore().entries[0]?.minutes).toBe(45)
  })

  it('names each row’s buttons so that two entries of one day can be told apart', () => {
    const { wrapper } = mountWith(TimeEntryList, {
      entries: [entry('2026-03-10', 45, 'web'), entry('2026-03-10', 90, 'ml')],
    })
    const names = wrapper
      .findAll('button[aria-label^="Edit the entry"]')
      .map((b) => b.attributes('aria-label'))
    expect(names).toHaveLength(2)
    expect(new Set(names).size).toBe(2)
    expect(names.some((n) => n!.includes('1 h 30 min'))).toBe(true)
  })
})
