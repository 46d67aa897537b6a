import { describe, expect, it } from 'vitest'
import { emptyProfile } from '@/domain/migrations'
import {
  hasProfile,
  linkHref,
  linkText,
  profileDraft,
  profileFromDraft,
  webAddress,
} from '@/domain/profile'

const draft = (patch: Partial<ReturnType<typeof profileDraft>> = {}) => ({
  ...profileDraft(emptyProfile()),
  ...patch,
})

describe('profile drafts', () => {
  it('cleans what was typed and adds https:// to a link typed without a scheme', () => {
    expect(
      profileFromDraft(
        draft({
          name: '  김민지\u200b ',
          headline: 'ML engineer',
          email: ' mailto:minji@example.com ',
          github: 'github.com/minji',
          linkedin: '//linkedin.com/in/minji',
          website: 'http://minji.dev',
        }),
      ),
    ).toEqual({
      ok: true,
      value: {
        name: '김민지',
        headline: 'ML engineer',
        email: 'minji@example.com',
        github: 'https://github.com/minji',
        linkedin: 'https://linkedin.com/in/minji',
        website: 'http://minji.dev',
      },
    })
  })

  it('refuses links that are not http(s), an e-mail that is not an address, text too long', () => {
    expect(
      profileFromDraft(
        draft({
          github: 'javascript:alert(1)',
          website: 'mailto:x@example.com',
          email: 'minji at example',
          headline: 'x'.repeat(201),
        }),
      ),
    ).toEqual({ ok: false, fields: ['headline', 'email', 'github', 'website'] })
  })

  it('round-trips a stored profile through the form', () => {
    const stored = {
      ...emptyProfile(),
      name: 'Minji',
      email: 'minji@example.com',
      github: 'https://github.com/minji',
    }
    expect(profileFromDraft(profileDraft(stored))).toEqual({ ok: true, value: stored })
  })

  it('knows an empty profile, and how links read and point', () => {
    expect(hasProfile(emptyProfile())).toBe(false)
    expect(hasProfile({ ...emptyProfile(), website: 'https://minji.dev' })).toBe(true)
    expect(webAddress('   ')).toBeNull()
    expect(linkText('github', 'https://www.github.com/minji/')).toBe('github.com/minji')
    expect(linkText('email', 'minji@example.com')).toBe('minji@example.com')
    expect(linkHref('email', 'minji@example.com')).toBe('mailto:minji@example.com')
    expect(linkHref('website', 'https://minji.dev')).toBe('https://minji.dev')
  })
})
