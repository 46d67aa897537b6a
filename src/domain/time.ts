/**
 * Study-time arithmetic. Durations are integer minutes (no floating-point drift in sums).
 * Days are local calendar dates 'YYYY-MM-DD': an entry belongs to the day the user lived it,
 * so weeks are pure calendar maths, immune to time zones and DST changes.
 */
import type { Timer } from './schema'

export type IsoDay = string
/** ISO weekday numbers: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

export const MAX_ENTRY_MINUTES = 24 * 60
/** A running timer longer than this asks before it is saved. */
export const LONG_TIMER_MINUTES = 8 * 60

/*
 * Calendar days as day numbers (days since 1970-01-01) by Howard Hinnant's civil-date
 * algorithms: pure integer maths, no Date objects, no time zones — and fast enough to run
 * over years of entries on every keystroke.
 */
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y
  const era = Math.floor(yy / 400)
  const yoe = yy - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n))

export function dayFromNumber(n: number): IsoDay {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  )
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`
}

/** Days since 1970-01-01 for a 'YYYY-MM-DD' date, or NaN when it is not a real date. */
export function dayNumber(day: IsoDay): number {
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-') return NaN
  const y = Number(day.slice(0, 4))
  const m = Number(day.slice(5, 7))
  const d = Number(day.slice(8, 10))
  if (
    !Number.isInteger(y) ||
    !Number.isInteger(m) ||
    !Number.isInteger(d) ||
    m < 1 ||
    m > 12 ||
    d < 1 ||
    d > 31
  )
    return NaN
  const n = daysFromCivil(y, m, d)
  // Every month has 28 days; past that, 2026-02-30 would land in March: not a real date.
  return d <= 28 || dayFromNumber(n) === day ? n : NaN
}

export function isValidDay(day: string): boolean {
  return !Number.isNaN(dayNumber(day))
}

export function addDays(day: IsoDay, days: number): IsoDay {
  return dayFromNumber(dayNumber(day) + days)
}

/** The local calendar date of an instant, in the runtime's time zone. */
export function localDay(date: Date): IsoDay {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export function weekdayOf(day: IsoDay): Weekday {
  // 1970-01-01 was a Thursday (ISO 4).
  return (((((dayNumber(day) + 3) % 7) + 7) % 7) + 1) as Weekday
}

/** The first day of the week containing `day`, for weeks starting on `weekStart`. */
export function startOfWeek(day: IsoDay, weekStart: Weekday): IsoDay {
  const back = (weekdayOf(day) - weekStart + 7) % 7
  return addDays(day, -back)
}

/**
 * Parses what a user types as a duration: "90" (minutes), "1:30" (h:mm), "1h30m", "1h", "45m",
 * "1.5h". Returns whole minutes in 1…1440, or null.
 */
export function parseDuration(text: string): number | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, '')
  let minutes: number
  let m: RegExpExecArray | null
  if ((m = /^(\d{1,4})$/.exec(s))) minutes = Number(m[1])
  else if ((m = /^(\d{1,2}):([0-5]\d)$/.exec(s))) minutes = Number(m[1]) * 60 + Number(m[2])
  else if ((m = /^(?:(\d{1,2})(?:h|시간))?(?:(\d{1,4})(?:m|min|분))?$/.exec(s)) && (m[1] || m[2]))
    minutes = Number(m[1] ?? 0) * 60 + Number(m[2] ?? 0)
  else if ((m = /^(\d{1,2}(?:\.\d{1,2})?)(?:h|시간)$/.exec(s)))
    minutes = Math.round(Number(m[1]) * 60)
  else return null
  return minutes >= 1 && minutes <= MAX_ENTRY_MINUTES ? minutes : null
}

/** "1:05" style text for minutes, used in inputs; display formatting is the UI's job. */
export function formatHm(minutes: number): string {
  const sign = minutes < 0 ? '-' : ''
  const abs = Math.abs(Math.round(minutes))
  return `${sign}${Math.floor(abs / 60)}:${String(abs % 60).padStart(2, '0')}`
}

/** "07:30" for a minute of the day (an `<input type="time">` value). */
export function formatClockTime(minuteOfDay: number): string {
  const m = Math.min(24 * 60 - 1, Math.max(0, Math.round(minuteOfDay)))
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/** The minute of the day of "7:30" / "07:30" (an `<input type="time">` value); null otherwise. */
export function parseClockTime(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim())
  if (!m) return null
  const h = Number(m[1])
  const min = Number(m[2])
  return h < 24 && min < 60 ? h * 60 + min : null
}

// ------------------------------------------------------------------ timer

/** A timer stores when it (re)started, so it survives reloads and closed tabs. */
export type TimerState = Timer

export function startTimer(
  target: { roadmapId: string; track: string; milestone: string | null },
  now: Date,
): TimerState {
  return { ...target, runningSince: now.toISOString(), accumulatedMs: 0, day: localDay(now) }
}

export function elapsedMs(timer: TimerState, now: Date): number {
  const running = timer.runningSince
    ? Math.max(0, now.getTime() - Date.parse(timer.runningSince))
    : 0
  return timer.accumulatedMs + running
}

export function pauseTimer(timer: TimerState, now: Date): TimerState {
  if (!timer.runningSince) return timer
  return { ...timer, runningSince: null, accumulatedMs: elapsedMs(timer, now) }
}

export function resumeTimer(timer: TimerState, now: Date): TimerState {
  return timer.runningSince ? timer : { ...timer, runningSince: now.toISOString() }
}

/** Whole minutes the timer has run (rounded to the nearest minute). */
export function timerMinutes(timer: TimerState, now: Date): number {
  return Math.round(elapsedMs(timer, now) / 60_000)
}
