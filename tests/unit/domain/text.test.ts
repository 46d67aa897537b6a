import fc from 'fast-check'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { checkNotes, checkTitle, editMilestone, placeMilestones } from '@/domain/editing'
import { localize } from '@/domain/locale'
import { MAX_COORDINATE, MilestoneSchema, RoadmapSchema, TextSchema } from '@/domain/schema'
import { cleanText, hasControlChars, hasVisibleText, stripControlChars } from '@/domain/text'
import { milestone, roadmap } from '../helpers'

/** Characters that draw nothing, as a user can paste them. */
const INVISIBLES = [
  ' ',
  '\t',
  '\n',
  '\u00a0',
  '\u00ad',
  '\u034f',
  '\u115f',
  '\u1160',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u2060',
  '\u2800',
  '\u3000',
  '\u3164',
  '\ufe0f',
  '\ufeff',
  '\uffa0',
]
const invisibleText = fc
  .array(fc.constantFrom(...INVISIBLES), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join(''))
const CONTROLS = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\u0008',
  '\u000b',
  '\u001b',
  '\u007f',
  '\u0085',
  '\u009f',
]
const withControls = fc
  .tuple(fc.string({ maxLength: 30 }), fc.constantFrom(...CONTROLS), fc.string({ maxLength: 30 }))
  .map(([a, c, b]) => a + c + b)

describe('visible text', () => {
  it('text made only of spaces or zero-width characters shows nothing', () => {
    fc.assert(fc.property(invisibleText, (text) => !hasVisibleText(text)))
    expect(hasVisibleText('\u200bA')).toBe(true)
    expect(hasVisibleText('한')).toBe(true)
    expect(hasVisibleText('👨‍👩‍👧')).toBe(true)
  })

  it('a title with nothing visible is refused like an empty one', () => {
    fc.assert(
      fc.property(invisibleText, (text) => {
        expect(checkTitle(text)).toEqual({ ok: false, problem: 'title-empty' })
      }),
    )
    expect(checkTitle('\u200b Learn PyTorch \u200d')).toEqual({ ok: true, value: 'Learn PyTorch' })
  })

  it('the schema refuses a side with nothing visible, and a title with nothing on either side', () => {
    fc.assert(
      fc.property(invisibleText, (text) => {
        expect(v.is(TextSchema, { ko: text, en: '' })).toBe(false)
        expect(v.is(TextSchema, { ko: text, en: 'Fine' })).toBe(false)
      }),
    )
    expect(v.is(TextSchema, { ko: '', en: 'Fine' })).toBe(true)
  })

  it('a side with nothing visible falls back to the other language', () => {
    expect(localize({ ko: '\u200b\u200b', en: 'Learn PyTorch' }, 'ko')).toBe('Learn PyTorch')
  })
})

describe('control characters', () => {
  it('are stripped from what is typed, and the schema accepts the result', () => {
    fc.assert(
      fc.property(withControls, (text) => {
        const cleaned = stripControlChars(text)
        expect(hasControlChars(cleaned)).toBe(false)
        const notes = checkNotes(text)
        expect(notes.ok && hasControlChars(notes.value)).toBe(false)
        const title = checkTitle(text)
        if (title.ok) expect(hasControlChars(title.value)).toBe(false)
      }),
    )
    // Tabs and line breaks are text, not control.
    expect(stripControlChars('a\tb\r\nc')).toBe('a\tb\r\nc')
    expect(cleanText('\u0007Bell\u0000')).toBe('Bell')
  })

  it('the schema refuses them in titles, notes, link labels and roadmap names', () => {
    fc.assert(
      fc.property(withControls, (text) => {
        expect(v.is(TextSchema, { ko: `x${text}`, en: '' })).toBe(false)
        expect(v.is(MilestoneSchema, milestone('a', { notes: text }))).toBe(false)
        expect(
          v.is(MilestoneSchema, milestone('a', { links: [{ label: text, url: 'https://a.io' }] })),
        ).toBe(false)
        expect(v.is(RoadmapSchema, roadmap([], [], { name: text }))).toBe(false)
      }),
    )
  })

  it('an edited title or note never stores one', () => {
    fc.assert(
      fc.property(withControls, (text) => {
        const r = roadmap([milestone('a')])
        for (const edit of [
          { field: 'title', locale: 'en', text: `T${text}` },
          { field: 'notes', text },
        ] as const) {
          const result = editMilestone(r, 'a', edit)
          if (result.ok) expect(v.is(RoadmapSchema, result.roadmap)).toBe(true)
        }
      }),
    )
  })
})

describe('positions', () => {
  const anyNumber = fc.oneof(
    fc.double(),
    fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, 1e7, -1e7, MAX_COORDINATE + 0.1),
  )

  it('the schema refuses a coordinate past ±1e6 (1e308 is finite, and breaks the view)', () => {
    expect(v.is(MilestoneSchema, milestone('a', { position: { x: 1e308, y: 0 } }))).toBe(false)
    expect(v.is(MilestoneSchema, milestone('a', { position: { x: 0, y: -1e6 - 1 } }))).toBe(false)
    expect(v.is(MilestoneSchema, milestone('a', { position: { x: 1e6, y: -1e6 } }))).toBe(true)
  })

  it('placing cards (a drag, auto-arrange) always stores positions the schema accepts', () => {
    fc.assert(
      fc.property(anyNumber, anyNumber, (x, y) => {
        const placed = placeMilestones(roadmap([milestone('a')]), new Map([['a', { x, y }]]))
        expect(v.is(RoadmapSchema, placed)).toBe(true)
        const p = placed.milestones[0]!.position
        if (p) expect(Math.max(Math.abs(p.x), Math.abs(p.y))).toBeLessThanOrEqual(MAX_COORDINATE)
      }),
    )
  })
})
