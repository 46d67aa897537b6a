import { describe, expect, it } from 'vitest'
import { content } from '@/content'
import { LIST_PAGE, limitToShow, moreCount } from '@/domain/listWindow'

describe('listWindow', () => {
  it('keeps the limit when the row is already shown', () => {
    expect(limitToShow(LIST_PAGE, 0)).toBe(LIST_PAGE)
    expect(limitToShow(LIST_PAGE, LIST_PAGE - 1)).toBe(LIST_PAGE)
    expect(limitToShow(75, 3)).toBe(75)
  })

  it('grows to the whole page that holds a hidden row', () => {
    expect(limitToShow(25, 25, 25)).toBe(50)
    expect(limitToShow(25, 49, 25)).toBe(50)
    expect(limitToShow(25, 1234, 25)).toBe(1250)
  })

  it('adds a page, or what is left, and nothing once all are shown', () => {
    expect(moreCount(25, 1000, 25)).toBe(25)
    expect(moreCount(25, 30, 25)).toBe(5)
    expect(moreCount(25, 12, 25)).toBe(0)
    expect(moreCount(50, 50, 25)).toBe(0)
  })

  it('shows every track of the default roadmap in full', () => {
    const { milestones, tracks } = content.template
    expect(tracks.length).toBeGreaterThan(0)
    for (const track of tracks) {
      const total = milestones.filter((m) => m.track === track.id).length
      expect(moreCount(LIST_PAGE, total)).toBe(0)
    }
  })
})
