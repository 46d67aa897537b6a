import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import PortfolioProfile from '@/components/portfolio/PortfolioProfile.vue'
import { createAppI18n } from '@/i18n'
import { emptyProfile } from '@/domain/migrations'
import { useProfileStore } from '@/stores/profile'

function mountProfile(lang: 'en' | 'ko' = 'en') {
  return mount(PortfolioProfile, {
    attachTo: document.body,
    global: { plugins: [createAppI18n(lang)] },
  })
}

/** The input labelled `label` in the profile form. */
function field(wrapper: VueWrapper, label: string) {
  const l = wrapper.findAll('label').find((x) => x.text() === label)
  if (!l) throw new Error(`no field "${label}"`)
  return wrapper.get(`#${l.attributes('for')}`)
}

const button = (wrapper: VueWrapper, text: string) => {
  const b = wrapper.findAll('button').find((x) => x.text() === text)
  if (!b) throw new Error(`no button "${text}"`)
  return b
}

beforeEach(() => setActivePinia(createPinia()))
afterEach(() => {
  document.body.innerHTML = ''
})

describe('PortfolioProfile', () => {
  it('asks for a name and links while there is none, under the heading “Portfolio”', async () => {
    const wrapper = mountProfile()
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('Portfolio')
    expect(wrapper.text()).toContain('so a recruiter knows whose work this is')
    await button(wrapper, 'Add your name and links').trigger('click')
    expect(document.activeElement).toBe(field(wrapper, 'Name').element)
    wrapper.unmount()
  })

  it('names each refused field, keeps what was typed and saves nothing', async () => {
    const wrapper = mountProfile()
    await flushPromises()
    await button(wrapper, 'Add your name and links').trigger('click')
    await field(wrapper, 'Name').setValue('Kim Minji')
    await field(wrapper, 'E-mail').setValue('minji at example')
    await field(wrapper, 'GitHub').setValue('javascript:alert(1)')
    await wrapper.get('form').trigger('submit')
    const errors = wrapper.findAll('[role="alert"]').map((e) => e.text())
    expect(errors).toEqual([
      'Enter an e-mail address, e.g. you@example.com.',
      'Use an http(s) link, e.g. https://github.com/you.',
    ])
    expect(field(wrapper, 'GitHub').attributes('aria-invalid')).toBe('true')
    expect((field(wrapper, 'Name').element as HTMLInputElement).value).toBe('Kim Minji')
    expect(useProfileStore().profile).toEqual(emptyProfile())
    wrapper.unmount()
  })

  it('saves a good profile and shows it: name as the heading, headline, links', async () => {
    const wrapper = mountProfile()
    await flushPromises()
    await button(wrapper, 'Add your name and links').trigger('click')
    await field(wrapper, 'Name').setValue('  Kim Minji ')
    await field(wrapper, 'Headline').setValue('ML engineer in training')
    await field(wrapper, 'E-mail').setValue('minji@example.com')
    await field(wrapper, 'GitHub').setValue('github.com/minji')
    await wrapper.get('form').trigger('submit')
    await flushPromises()
    expect(useProfileStore().profile).toEqual({
      ...emptyProfile(),
      name: 'Kim Minji',
      headline: 'ML engineer in training',
      email: 'minji@example.com',
      github: 'https://github.com/minji',
    })
    expect(wrapper.find('form').exists()).toBe(false)
    expect(wrapper.get('h1').text()).toBe('Kim Minji')
    expect(wrapper.get('.headline').text()).toBe('ML engineer in training')
    const links = wrapper.findAll('.contacts a')
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['minji@example.com', 'mailto:minji@example.com'],
      ['github.com/minji', 'https://github.com/minji'],
    ])
    // Focus goes back to the button that opened the form.
    expect(document.activeElement?.textContent?.trim()).toBe('Edit profile')
    wrapper.unmount()
  })

  it('cancels without saving, and edits the saved profile in Korean', async () => {
    useProfileStore().save({ ...emptyProfile(), name: '김민지' })
    const wrapper = mountProfile('ko')
    await flushPromises()
    expect(wrapper.get('h1').text()).toBe('김민지')
    await button(wrapper, '프로필 수정').trigger('click')
    expect((field(wrapper, '이름').element as HTMLInputElement).value).toBe('김민지')
    await field(wrapper, '이름').setValue('다른 이름')
    await button(wrapper, '취소').trigger('click')
    expect(useProfileStore().profile.name).toBe('김민지')
    expect(wrapper.get('h1').text()).toBe('김민지')
    wrapper.unmount()
  })
})
