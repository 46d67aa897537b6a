import { describe, expect, it } from 'vitest'
import {
  addDays,
  dayNumber,
  elapsedMs,
  formatClockTime,
  formatHm,
  isValidDay,
  localDay,
  parseClockTime,
  parseDuration,
  pauseTimer,
  resumeTimer,
  startOfWeek,
  startTimer,
  timerMinutes,
  weekdayOf,
} from '@/domain/time'

describe('durations', () => {
  it.each([
    ['90', 90],
    ['1:30', 90],
    ['0:05', 5],
    ['1h30m', 90],
    ['1h 30m', 90],
    ['2h', 120],
    ['45m', 45],
    ['45 min', 45],
    ['1.5h', 90],
    ['1시간 30분', 90],
    ['24:00', 1440],
  ])('parses %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes)
  })

  it.each(['', '0', '-5', 'abc', '1:75', '25:00', '1441', '1.5', 'h', '1h-2m'])(
    'refuses %j',
    (text) => {
      expect(parseDuration(text)).toBeNull()
    },
  )

  it('formats h:mm', () => {
    expect(formatHm(0)).toBe('0:00')
    expect(formatHm(61)).toBe('1:01')
    expect(formatHm(1440)).toBe('24:00')
  })
})

describe('clock times', () => {
  it('reads and writes the minute of the day as an <input type="time"> value', () => {
    expect(parseClockTime('07:30')).toBe(450)
    expect(parseClockTime('7:05')).toBe(425)
    expect(parseClockTime('23:59')).toBe(1439)
    expect(formatClockTime(450)).toBe('07:30')
    expect(formatClockTime(0)).toBe('00:00')
    for (const minute of [0, 1, 59, 60, 719, 1439])
      expect(parseClockTime(formatClockTime(minute))).toBe(minute)
  })

  it('refuses what is not a time of day', () => {
    for (const text of ['', '24:00', '12:60', '7', '7:5', 'ab:cd', '12:30:00', '-1:00'])
      expect(parseClockTime(text)).toBeNull()
  })
})

describe('calendar days', () => {
  it('rejects impossible dates', () => {
    expect(isValidDay('2026-02-29')).toBe(false)
    expect(isValidDay('2028-02-29')).toBe(true)
    expect(isValidDay('2026-13-01')).toBe(false)
    expect(isValidDay('26-01-01')).toBe(false)
  })

  it('adds days across month, year and DST boundaries without drift', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09') // US spring-forward night
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26') // EU fall-back night
    expect(dayNumber('2026-03-09') - dayNumber('2026-03-08')).toBe(1)
  })

  it('finds the start of the week for Monday and Sunday weeks', () => {
    expect(weekdayOf('2026-11-27')).toBe(5) // a Friday
    expect(startOfWeek('2026-11-27', 1)).toBe('2026-11-23')
    expect(startOfWeek('2026-11-27', 7)).toBe('2026-11-22')
    expect(startOfWeek('2026-11-23', 1)).toBe('2026-11-23')
    expect(startOfWeek('2026-11-22', 1)).toBe('2026-11-16') // Sunday belongs to the week before
    // A week spanning the EU DST change still has seven days.
    expect(startOfWeek('2026-10-31', 1)).toBe('2026-10-26')
    expect(startOfWeek('2026-11-01', 1)).toBe('2026-10-26')
  })

  it('takes the local calendar day of an instant (23:59 and 00:00)', () => {
    expect(localDay(new Date(2026, 10, 27, 23, 59))).toBe('2026-11-27')
    expect(localDay(new Date(2026, 10, 28, 0, 0))).toBe('2026-11-28')
  })
})

describe('timer', () => {
  const target = { roadmapId: 'r1', track: 'ml', milestone: null }
  const t0 = new Date('2026-11-27T09:00:00Z')
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000)

  it('measures from the stored start, so a reload changes nothing', () => {
    const timer = JSON.parse(JSON.stringify(startTimer(target, t0)))
    expect(timerMinutes(timer, at(25))).toBe(25)
  })

  it('does not count paused time', () => {
    let timer = startTimer(target, t0)
    timer = pauseTimer(timer, at(10))
    expect(timerMinutes(timer, at(50))).toBe(10)
    timer = resumeTimer(timer, at(50))
    expect(timerMinutes(timer, at(55))).toBe(15)
    expect(pauseTimer(pauseTimer(timer, at(60)), at(90))).toEqual(pauseTimer(timer, at(60)))
  })

  it('never runs backwards when the clock does', () => {
    expect(elapsedMs(startTimer(target, t0), at(-5))).toBe(0)
  })
})

describe('day arithmetic agrees with the calendar', () => {
  it('matches Date for any day from 1900 to 2200', async () => {
    const fc = (await import('fast-check')).default
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84006 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10)
        expect(dayNumber(iso)).toBe(n)
        expect(addDays(iso, 0)).toBe(iso)
        expect(weekdayOf(iso)).toBe(new Date(n * 86_400_000).getUTCDay() || 7)
      }),
      { numRuns: 2000 },
    )
  })
})
