import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import { emptyProfile } from '@/domain/migrations'
import { parseWith, ProfileSchema, type Profile } from '@/domain/schema'

/**
 * Who the portfolio is by (schema v4): app-wide, like settings — one person, whatever roadmap
 * is open. The form turns what was typed into a profile (`domain/profile.ts`); `save` checks it
 * against the schema again and keeps nothing it refuses.
 */
export const useProfileStore = defineStore('profile', () => {
  const profile = shallowRef<Profile>(emptyProfile())

  /** Replaces the profile; false (and nothing changes) when the schema refuses it. */
  function save(next: Profile): boolean {
    const checked = parseWith(ProfileSchema, next)
    if (checked.ok) profile.value = checked.value
    return checked.ok
  }

  function hydrate(data: { profile: Profile }) {
    profile.value = data.profile
  }

  function snapshot(): { profile: Profile } {
    return { profile: profile.value }
  }

  return { profile, save, hydrate, snapshot }
})
