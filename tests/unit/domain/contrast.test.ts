import { describe, expect, it } from 'vitest'
import { contrastRatio, legibleOn, luminance, parseHex, THEME_SURFACE } from '@/domain/contrast'

describe('contrast', () => {
  it('computes WCAG ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrastRatio('#fff', '#fff')).toBe(1)
    // WebAIM's reference values.
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#ffffff', '#3b5bdb')).toBeCloseTo(contrastRatio('#3b5bdb', '#ffffff'))
    expect(contrastRatio('blue', '#fff')).toBeNaN()
  })

  it('parses short and long hex colours only', () => {
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc])
    expect(parseHex('#1D4ED8')).toEqual([0x1d, 0x4e, 0xd8])
    expect(parseHex('#12345')).toBeNull()
    expect(parseHex('rgb(0 0 0)')).toBeNull()
    expect(luminance([255, 255, 255])).toBeCloseTo(1)
  })

  it('keeps a colour that already stands out and lightens a dark one on a dark surface', () => {
    expect(legibleOn('#b45309', THEME_SURFACE.light)).toBe('#b45309')
    const dark = THEME_SURFACE.dark
    const blue = '#1d4ed8'
    expect(contrastRatio(blue, dark)).toBeLessThan(3)
    const lifted = legibleOn(blue, dark)
    expect(contrastRatio(lifted, dark)).toBeGreaterThanOrEqual(3)
    expect(luminance(parseHex(lifted)!)).toBeGreaterThan(luminance(parseHex(blue)!))
    // Still blue: the blue channel stays the largest.
    const [r, g, b] = parseHex(lifted)!
    expect(b).toBeGreaterThan(r)
    expect(b).toBeGreaterThan(g)
  })

  it('darkens a pale colour on a light surface, and leaves what it cannot read alone', () => {
    const yellow = legibleOn('#ffff66', THEME_SURFACE.light, 4.5)
    expect(contrastRatio(yellow, THEME_SURFACE.light)).toBeGreaterThanOrEqual(4.5)
    expect(legibleOn('tomato', THEME_SURFACE.dark)).toBe('tomato')
  })
})
