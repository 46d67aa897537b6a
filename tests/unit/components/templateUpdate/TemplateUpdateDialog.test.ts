import { mount } from '@vue/test-utils'
import { describe, expect, it } from 'vitest'
import TemplateUpdateDialog from '@/components/templateUpdate/TemplateUpdateDialog.vue'
import type { Milestone } from '@/domain/schema'
import type { TemplateUpdate } from '@/domain/templateUpdate'
import { createAppI18n } from '@/i18n'
import { milestone, roadmap } from '../../helpers'

const before: Milestone = milestone('basics', { estimateHours: 10 })
const after: Milestone = {
  ...before,
  title: { ko: '기초 개정', en: 'Basics, revised' },
  estimateHours: 20,
  status: 'skipped',
}
const update: TemplateUpdate = {
  from: 2,
  to: 3,
  next: roadmap(),
  added: [milestone('demo', { title: { ko: '데모', en: 'Quick demo' }, estimateHours: 8 })],
  removed: [milestone('old', { title: { ko: '옛것', en: 'Old step' } })],
  kept: [milestone('mine', { title: { ko: '내 것', en: 'Started step' } })],
  changed: [
    { id: 'basics', before, after, fields: ['title', 'estimateHours', 'status', 'prerequisites'] },
  ],
}

function setup(u: TemplateUpdate = update, locale: 'en' | 'ko' = 'en') {
  const wrapper = mount(TemplateUpdateDialog, {
    props: { open: true, update: u },
    global: { plugins: [createAppI18n(locale)] },
    attachTo: document.body,
  })
  const section = (name: string) => wrapper.find(`[data-section="${name}"]`)
  return { wrapper, section }
}

describe('TemplateUpdateDialog', () => {
  it('opens as a modal named by its title, saying what stays', () => {
    const { wrapper } = setup()
    const dialog = wrapper.find('dialog').element as HTMLDialogElement
    expect(dialog.open).toBe(true)
    const title = wrapper.find(`#${dialog.getAttribute('aria-labelledby')}`)
    expect(title.text()).toBe('Update to the mentor’s revised plan (version 3)')
    expect(wrapper.find(`#${dialog.getAttribute('aria-describedby')}`).text()).toContain(
      'Statuses, notes, links, evidence and logged time stay',
    )
    wrapper.unmount()
  })

  it('lists what is added, removed, changed (before → after) and kept', () => {
    const { wrapper, section } = setup()
    expect(section('added').text()).toContain('Added (1)')
    expect(section('added').text()).toContain('Quick demo')
    expect(section('removed').text()).toContain('Old step')
    expect(section('kept').text()).toContain('Kept because it has your progress (1)')
    expect(section('kept').text()).toContain('Started step')
    const changed = section('changed').text()
    expect(changed).toContain('“basics title” → “Basics, revised”')
    expect(changed).toContain('10 h → 20 h')
    expect(changed).toContain('Status: To do → Skipped')
    expect(changed).toContain('Also changed: prerequisites')
    wrapper.unmount()
  })

  it('says when nothing but the version changes, in Korean too', () => {
    const { wrapper, section } = setup(
      { ...update, added: [], removed: [], kept: [], changed: [] },
      'ko',
    )
    expect(section('added').exists()).toBe(false)
    expect(wrapper.text()).toContain('버전 번호만 바뀝니다')
    wrapper.unmount()
  })

  it('asks before anything changes: Update and Not now are named buttons', async () => {
    const { wrapper } = setup()
    const buttons = wrapper.findAll('button')
    expect(buttons.map((b) => b.text())).toEqual(['Not now', 'Update'])
    await buttons[1]!.trigger('click')
    await buttons[0]!.trigger('click')
    expect(Object.keys(wrapper.emitted())).toEqual(expect.arrayContaining(['update', 'notNow']))
    await wrapper.find('dialog').trigger('cancel')
    expect(wrapper.emitted('close')).toHaveLength(1)
    wrapper.unmount()
  })
})
