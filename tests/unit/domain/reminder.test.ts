import { describe, expect, it } from 'vitest'
import { exportReminderDue } from '@/domain/reminder'

const now = new Date('2026-11-27T12:00:00Z')

describe('exportReminderDue', () => {
  it('is due more than 14 days after the last export', () => {
    expect(exportReminderDue('2026-11-20T12:00:00Z', '2026-01-01T00:00:00Z', now)).toBeNull()
    expect(exportReminderDue('2026-11-13T12:00:00Z', '2026-01-01T00:00:00Z', now)).toBeNull() // exactly 14
    expect(exportReminderDue('2026-11-12T11:00:00Z', '2026-01-01T00:00:00Z', now)).toBe(15)
  })

  it('counts from the oldest roadmap when nothing was ever exported', () => {
    expect(exportReminderDue(null, '2026-11-20T00:00:00Z', now)).toBeNull()
    expect(exportReminderDue(undefined, '2026-10-01T00:00:00Z', now)).toBe(57)
  })

  it('is never due without data, or with an unreadable date', () => {
    expect(exportReminderDue(null, null, now)).toBeNull()
    expect(exportReminderDue('not a date', null, now)).toBeNull()
  })
})
