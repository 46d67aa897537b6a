/**
 * The portfolio's profile (schema v4): who the work is by and how to reach them. The form's
 * draft is checked by the same schema as stored data; links without a scheme get `https://`
 * ("github.com/you" is what people type), and anything else that is not http(s) is refused.
 */
import { type Drafted, validated } from './evidence'
import { ProfileSchema, type Profile } from './schema'
import { cleanText } from './text'

/** The profile form as typed: strings throughout, '' for "not given". */
export type ProfileDraft = Record<keyof Profile, string>

/** The links a profile can carry, in the order the page shows them. */
export const PROFILE_LINKS = ['email', 'github', 'linkedin', 'website'] as const
export type ProfileLink = (typeof PROFILE_LINKS)[number]

export const profileDraft = (p: Profile): ProfileDraft => ({
  name: p.name,
  headline: p.headline,
  email: p.email ?? '',
  github: p.github ?? '',
  linkedin: p.linkedin ?? '',
  website: p.website ?? '',
})

/** A web address as typed: `https://` added when it has no scheme at all. */
export function webAddress(typed: string): string | null {
  const s = cleanText(typed)
  if (s === '') return null
  return /^[a-z][a-z\d+.-]*:/i.test(s) ? s : `https://${s.replace(/^\/\//, '')}`
}

export function profileFromDraft(d: ProfileDraft): Drafted<Profile> {
  const email = cleanText(d.email).replace(/^mailto:/i, '')
  return validated(ProfileSchema, {
    name: cleanText(d.name),
    headline: cleanText(d.headline),
    email: email || null,
    github: webAddress(d.github),
    linkedin: webAddress(d.linkedin),
    website: webAddress(d.website),
  })
}

/** Whether anything of the profile is given (the page offers to fill it in otherwise). */
export const hasProfile = (p: Profile) =>
  p.name !== '' || p.headline !== '' || PROFILE_LINKS.some((k) => p[k] !== null)

/** How a link reads on the page and on paper: the address itself, without `https://`. */
export function linkText(key: ProfileLink, value: string): string {
  if (key === 'email') return value
  return value.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '')
}

/** The link's target: `mailto:` for the e-mail address, the checked URL otherwise. */
export const linkHref = (key: ProfileLink, value: string) =>
  key === 'email' ? `mailto:${value}` : value
