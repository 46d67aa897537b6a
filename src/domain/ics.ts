/**
 * The accepted week as an iCalendar file (RFC 5545): one event per planned study session, on
 * the days and at the time the user picks, in their time zone.
 *
 * Times are written in UTC (`…Z`), each computed from the wall-clock time on its own day in the
 * user's zone, so a week that crosses a DST change still starts every session at the time the
 * user picked, and no VTIMEZONE table has to be shipped. Lines end in CRLF and are folded at
 * 75 octets without splitting a UTF-8 character; text is escaped (\\ ; , and line breaks).
 */
import { addDays, dayNumber, weekdayOf, type IsoDay, type Weekday } from './time'

export interface CalendarEvent {
  uid: string
  start: Date
  end: Date
  summary: string
  description: string
}

const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** Escapes a TEXT value (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds one content line at 75 octets (§3.1), never inside a UTF-8 sequence or a surrogate pair. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const size = encoder.encode(ch).length
    // Continuation lines start with a space, which counts toward their 75 octets.
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += size
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** An instant as an iCalendar UTC DATE-TIME: 20261207T100000Z. */
export function utcStamp(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  )
}

/** The zone's offset from UTC, in minutes, at an instant (Intl: no DOM, no tables of ours). */
function offsetMinutes(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  )
  return Math.round((asUtc - instant) / 60_000)
}

/**
 * The instant at which a wall-clock time on a day happens in a time zone, as RFC 5545 reads a
 * local time: a time that happens twice (the fall-back hour) is the first one; a time skipped
 * by a DST change (02:30 on the spring-forward night) is read with the offset before the gap,
 * so it lands as far past the change as it was meant to be (03:30).
 */
export function zonedTime(day: IsoDay, minuteOfDay: number, timeZone: string): Date {
  const wall = dayNumber(day) * 86_400_000 + minuteOfDay * 60_000
  const HALF_DAY = 43_200_000
  const before = offsetMinutes(wall - HALF_DAY, timeZone)
  const after = offsetMinutes(wall + HALF_DAY, timeZone)
  const fits = [before, after]
    .map((o) => wall - o * 60_000)
    .filter((instant) => wall - offsetMinutes(instant, timeZone) * 60_000 === instant)
  return new Date(fits.length ? Math.min(...fits) : wall - before * 60_000)
}

export interface SessionPlan {
  /** What to study, in order, with this week's minutes for each. */
  items: readonly { id: string; title: string; detail: string; minutes: number }[]
  /** The first day of the week. */
  weekStart: IsoDay
  /** The weekdays to study on (ISO: 1 = Monday). */
  days: readonly Weekday[]
  /** When each day's study starts, in minutes after midnight. */
  startMinute: number
  timeZone: string
}

/**
 * Cuts the week's items into sessions: each chosen day gets an even share of the minutes (in
 * quarter hours), filled in order; an item longer than a day's share continues the next day.
 * A day's study never runs past midnight: minutes that do not fit are counted in `unplaced`.
 */
export function sessions(plan: SessionPlan): { events: CalendarEvent[]; unplaced: number } {
  const total = plan.items.reduce((s, i) => s + i.minutes, 0)
  const days = [...new Set(plan.days)]
    .sort((a, b) => a - b)
    .map((w) => addDays(plan.weekStart, (w - weekdayOf(plan.weekStart) + 7) % 7))
    .sort((a, b) => dayNumber(a) - dayNumber(b))
  if (total === 0 || days.length === 0) return { events: [], unplaced: total }
  const perDay = Math.ceil(total / days.length / 15) * 15
  // A day's study may not run past midnight.
  const dayRoom = Math.min(perDay, 24 * 60 - plan.startMinute)
  const events: CalendarEvent[] = []
  let dayIndex = 0
  let used = 0
  let unplaced = 0
  for (const item of plan.items) {
    let left = item.minutes
    while (left > 0 && dayIndex < days.length) {
      const room = dayRoom - used
      if (room <= 0) {
        dayIndex++
        used = 0
        continue
      }
      const length = Math.min(left, room)
      const day = days[dayIndex]!
      events.push({
        uid: `${day}-${events.length}-${item.id}`,
        start: zonedTime(day, plan.startMinute + used, plan.timeZone),
        end: zonedTime(day, plan.startMinute + used + length, plan.timeZone),
        summary: item.title,
        description: item.detail,
      })
      used += length
      left -= length
    }
    unplaced += left
  }
  return { events, unplaced }
}

/** The calendar file's text. `now` is the DTSTAMP; UIDs get the app's domain-like suffix. */
export function buildCalendar(events: readonly CalendarEvent[], now: Date, name: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//ML Roadmap Planner//Week plan//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ]
  for (const e of events)
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@ml-roadmap-planner.local`,
      `DTSTAMP:${utcStamp(now)}`,
      `DTSTART:${utcStamp(e.start)}`,
      `DTEND:${utcStamp(e.end)}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'END:VEVENT',
    )
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join('\r\n') + '\r\n'
}
