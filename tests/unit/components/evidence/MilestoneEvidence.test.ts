import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h } from 'vue'
import EvidenceDoneDialog from '@/components/evidence/EvidenceDoneDialog.vue'
import MilestoneEvidence from '@/components/evidence/MilestoneEvidence.vue'
import PlanMilestone from '@/components/plan/PlanMilestone.vue'
import { createAppI18n } from '@/i18n'
import { useRoadmapStore } from '@/stores/roadmap'
import { milestone, roadmap } from '../../helpers'

/** Renders `component` for milestone `id` as the store has it now, like the views do. */
function mountFor(component: typeof MilestoneEvidence | typeof PlanMilestone, id: string) {
  const store = useRoadmapStore()
  store.hydrate({
    roadmaps: [roadmap([milestone('demo', { evidenceKind: 'project' }), milestone('plain')])],
    activeRoadmapId: 'r1',
  })
  const Host = defineComponent(() => () => [
    h(component, { milestone: store.milestoneById.get(id)!, open: true }),
    h(EvidenceDoneDialog),
  ])
  const wrapper = mount(Host, {
    attachTo: document.body,
    global: {
      plugins: [createAppI18n('en')],
      stubs: { RouterLink: { template: '<a><slot /></a>' } },
    },
  })
  return { store, wrapper }
}

describe('MilestoneEvidence', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('says what is missing and lets the user set or clear the kind', async () => {
    const { store, wrapper } = mountFor(MilestoneEvidence, 'plain')
    expect(wrapper.find('summary').text()).toBe('Evidence')
    await wrapper.find('.kind select').setValue('paper')
    expect(store.milestoneById.get('plain')?.evidenceKind).toBe('paper')
    expect(wrapper.find('summary').text()).toContain('missing: a paper marked as read')
    await wrapper.find('.kind select').setValue('')
    expect(store.milestoneById.get('plain')?.evidenceKind).toBeUndefined()
    wrapper.unmount()
  })

  it('refuses a bad paper with a message, keeping the input, then saves a good one', async () => {
    const { store, wrapper } = mountFor(MilestoneEvidence, 'plain')
    const papers = wrapper.find('[data-testid="evidence-papers"]')
    await papers.find('button').trigger('click')
    const form = wrapper.find('[data-testid="paper-form"]')
    const [title, , year] = form.findAll('input')
    await title!.setValue('Attention Is All You Need')
    await year!.setValue('20x7')
    await form.trigger('submit')
    expect(form.text()).toContain('The year is a whole number from 1900 to 2100.')
    expect(store.milestoneById.get('plain')?.evidence).toBeUndefined()
    expect((title!.element as HTMLInputElement).value).toBe('Attention Is All You Need')
    await year!.setValue('2017')
    await form.trigger('submit')
    expect(store.milestoneById.get('plain')?.evidence?.papers[0]).toMatchObject({
      title: 'Attention Is All You Need',
      year: 2017,
      readOn: null,
    })
    expect(wrapper.find('[data-testid="evidence-papers"]').text()).toContain('to read')
    wrapper.unmount()
  })

  it('asks before removing a paper; cancel keeps it', async () => {
    const { store, wrapper } = mountFor(MilestoneEvidence, 'plain')
    store.savePaper('plain', {
      title: 'ResNet',
      venue: '',
      year: '',
      url: '',
      takeaway: 'Long notes',
      readOn: '',
    })
    await flushPromises()
    const remove = () =>
      wrapper.find('[aria-label="Remove paper “ResNet”"]').trigger('click').then(flushPromises)
    await remove()
    const dialog = wrapper.find('dialog')
    expect(dialog.text()).toContain('The paper “ResNet” will be removed')
    await dialog.findAll('button')[0]!.trigger('click')
    await flushPromises()
    expect(store.milestoneById.get('plain')?.evidence?.papers).toHaveLength(1)
    await remove()
    await wrapper.find('dialog').findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(store.milestoneById.get('plain')?.evidence?.papers).toEqual([])
    wrapper.unmount()
  })

  it('shows the gap while the numbers are typed, with its verdict in words', async () => {
    const { wrapper } = mountFor(MilestoneEvidence, 'plain')
    await wrapper.find('[data-testid="evidence-reproductions"] button').trigger('click')
    const form = wrapper.find('[data-testid="reproduction-form"]')
    const inputs = form.findAll('input[inputmode="decimal"]')
    await inputs[0]!.setValue('3.57')
    await inputs[1]!.setValue('3.2')
    expect(form.find('[data-testid="gap"]').text()).toContain('behind the paper')
    await form.find('input[value="lower"]').setValue(true)
    expect(form.find('[data-testid="gap"]').text()).toContain('-0.37 (-10.36%)')
    expect(form.find('[data-testid="gap"]').text()).toContain('paper’s number reached')
    wrapper.unmount()
  })
})

describe('marking done without evidence', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('asks first; cancel keeps the status, confirming marks it done without evidence', async () => {
    const { store, wrapper } = mountFor(PlanMilestone, 'demo')
    await wrapper.find('input[value="done"]').setValue(true)
    await flushPromises()
    const dialog = wrapper.find('dialog')
    expect((dialog.element as HTMLDialogElement).open).toBe(true)
    expect(dialog.text()).toContain('a repo or demo link, the published date')
    await dialog.findAll('button')[0]!.trigger('click')
    await flushPromises()
    expect(store.milestoneById.get('demo')?.status).toBe('todo')
    expect((wrapper.find('input[value="todo"]').element as HTMLInputElement).checked).toBe(true)
    expect((wrapper.find('input[value="done"]').element as HTMLInputElement).checked).toBe(false)

    await wrapper.find('input[value="done"]').setValue(true)
    await flushPromises()
    await wrapper.find('dialog').findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(store.milestoneById.get('demo')?.status).toBe('done')
    expect(wrapper.find('[data-testid="done-without-evidence"]').text()).toBe(
      'Done without evidence',
    )
    wrapper.unmount()
  })

  it('milestones without a kind are marked done at once', async () => {
    const { store, wrapper } = mountFor(PlanMilestone, 'plain')
    await wrapper.find('input[value="done"]').setValue(true)
    expect(store.milestoneById.get('plain')?.status).toBe('done')
    expect((wrapper.find('dialog').element as HTMLDialogElement).open).toBe(false)
    wrapper.unmount()
  })
})
