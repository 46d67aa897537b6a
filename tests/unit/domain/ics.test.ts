import fc from 'fast-check'
import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import {
  buildCalendar,
  escapeText,
  foldLine,
  sessions,
  utcStamp,
  zonedTime,
  type SessionPlan,
} from '@/domain/ics'

const NOW = new Date('2026-12-06T09:00:00Z')

const plan = (patch: Partial<SessionPlan> = {}): SessionPlan => ({
  items: [
    {
      id: 'repro',
      title: '논문 재현: ResNet, 목표 수치까지',
      detail: 'AI/ML · 이번 주 6시간',
      minutes: 360,
    },
    { id: 'django', title: 'Learn Django; build a "hello" app', detail: 'Web · 2 h', minutes: 120 },
  ],
  weekStart: '2026-12-07',
  days: [1, 3, 5],
  startMinute: 19 * 60,
  timeZone: 'Asia/Seoul',
  ...patch,
})

/** Parses a calendar with ical.js, a full RFC 5545 parser, and reads its events back. */
function parse(text: string) {
  const component = new ICAL.Component(ICAL.parse(text))
  return component.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v)
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toJSDate().toISOString(),
      end: e.endDate.toJSDate().toISOString(),
      stamp: v.getFirstPropertyValue('dtstamp')?.toString(),
    }
  })
}

describe('ics', () => {
  it('writes a calendar that an RFC 5545 parser reads back event for event', () => {
    const { events } = sessions(plan())
    const text = buildCalendar(events, NOW, '이번 주 학습 계획, ML')
    const parsed = parse(text)
    expect(parsed.map((e) => [e.summary, e.start, e.end])).toEqual([
      // 8 h over three evenings: 2 h 45 min a day (quarter hours), from 19:00 KST (10:00 UTC).
      ['논문 재현: ResNet, 목표 수치까지', '2026-12-07T10:00:00.000Z', '2026-12-07T12:45:00.000Z'],
      ['논문 재현: ResNet, 목표 수치까지', '2026-12-09T10:00:00.000Z', '2026-12-09T12:45:00.000Z'],
      ['논문 재현: ResNet, 목표 수치까지', '2026-12-11T10:00:00.000Z', '2026-12-11T10:30:00.000Z'],
      ['Learn Django; build a "hello" app', '2026-12-11T10:30:00.000Z', '2026-12-11T12:30:00.000Z'],
    ])
    expect(parsed[0]!.description).toBe('AI/ML · 이번 주 6시간')
    expect(new Set(parsed.map((e) => e.uid)).size).toBe(4)
    expect(parsed.every((e) => e.stamp === '2026-12-06T09:00:00Z')).toBe(true)
  })

  it('ends every line in CRLF and folds at 75 octets without breaking a character', () => {
    const long = '재현 '.repeat(40)
    const text = buildCalendar(
      sessions(plan({ items: [{ id: 'x', title: long, detail: long, minutes: 60 }] })).events,
      NOW,
      long,
    )
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(parse(text)[0]!.summary).toBe(long)
  })

  it('folds any text so that unfolding gives it back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
        const folded = foldLine(`SUMMARY:${s}`)
        for (const line of folded.split('\r\n'))
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
        expect(folded.replace(/\r\n /g, '')).toBe(`SUMMARY:${s}`)
      }),
    )
  })

  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf')
    const text = buildCalendar(
      sessions(plan({ items: [{ id: 'x', title: 'a;b,c\\d', detail: 'one\ntwo', minutes: 60 }] }))
        .events,
      NOW,
      'n',
    )
    expect(parse(text)[0]).toMatchObject({ summary: 'a;b,c\\d', description: 'one\ntwo' })
  })

  it('keeps the picked wall-clock time across a DST change (New York, 8 March 2026)', () => {
    const tz = 'America/New_York'
    // Saturday 19:00 is EST (UTC−5); Monday 19:00 is EDT (UTC−4).
    expect(zonedTime('2026-03-07', 19 * 60, tz).toISOString()).toBe('2026-03-08T00:00:00.000Z')
    expect(zonedTime('2026-03-09', 19 * 60, tz).toISOString()).toBe('2026-03-09T23:00:00.000Z')
    // 02:30 does not exist that night: read with the offset before the gap, it is 03:30 EDT.
    expect(zonedTime('2026-03-08', 150, tz).toISOString()).toBe('2026-03-08T07:30:00.000Z')
    // 01:30 happens twice on 1 November: the first one (EDT).
    expect(zonedTime('2026-11-01', 90, tz).toISOString()).toBe('2026-11-01T05:30:00.000Z')
    const { events } = sessions(
      plan({ weekStart: '2026-03-02', days: [6, 7, 1], timeZone: tz, startMinute: 19 * 60 }),
    )
    // The week runs Monday 2 March to Sunday 8 March: Monday, Saturday and Sunday (after the change).
    expect(events.map((e) => utcStamp(e.start))).toEqual([
      '20260303T000000Z',
      '20260308T000000Z',
      '20260308T230000Z',
      '20260308T233000Z',
    ])
    const parsed = parse(buildCalendar(events, NOW, 'w'))
    expect(parsed).toHaveLength(4)
  })

  it('plans nothing without minutes or days, and never runs a day past midnight', () => {
    expect(sessions(plan({ days: [] }))).toEqual({ events: [], unplaced: 480 })
    expect(sessions(plan({ items: [] }))).toEqual({ events: [], unplaced: 0 })
    const late = sessions(plan({ days: [1], startMinute: 23 * 60 }))
    expect(late.events).toHaveLength(1)
    expect(late.events[0]!.end.toISOString()).toBe('2026-12-07T15:00:00.000Z')
    expect(late.unplaced).toBe(420)
  })
})
