import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AA_TEXT, AA_UI, contrastRatio, THEME_SURFACE } from '@/domain/contrast'
import * as exported from '@/domain/graphStyle' // the export's colours

/** The palette as main.css declares it: `--name: light-dark(<light>, <dark>);`. */
const css = readFileSync(join(process.cwd(), 'src', 'styles', 'main.css'), 'utf8')
const palette = new Map<string, { light: string; dark: string }>()
for (const m of css.matchAll(
  /--([\w-]+):\s*light-dark\(\s*([^,()]+|rgb\([^)]*\))\s*,\s*([^()]+?|rgb\([^)]*\))\s*\);/g,
))
  palette.set(m[1]!, { light: m[2]!.trim(), dark: m[3]!.trim() })

const THEMES = ['light', 'dark'] as const
function colour(name: string, theme: (typeof THEMES)[number]): string {
  const entry = palette.get(name)
  if (!entry) throw new Error(`--${name} is not declared with light-dark() in main.css`)
  return entry[theme]
}

/** [foreground, background]: text and icons on the surfaces they are drawn on. */
const TEXT_PAIRS: [string, string][] = [
  ...['bg', 'surface'].flatMap((bg): [string, string][] =>
    ['text', 'muted', 'accent', 'ok', 'warn', 'danger'].map((fg) => [fg, bg]),
  ),
  ['text', 'graph-bg'],
  ['text', 'card-selected'],
  ['muted', 'card-selected'],
  ['text', 'card-skipped'],
  ['muted', 'card-skipped'],
  // Done and skipped cards: their titles recede by colour and stay readable (#15).
  ['card-settled-text', 'surface'],
  ['card-settled-text', 'card-selected'],
  ['card-settled-text', 'card-skipped'],
  ['accent-text', 'accent'],
  ['accent-text', 'accent-hover'],
  ['accent-strong', 'accent-soft'],
  ['text', 'accent-soft'],
  ['muted', 'accent-soft'],
  ['accent', 'accent-soft'],
  ['text', 'ok-soft'],
  ['text', 'warn-soft'],
  ['muted', 'warn-soft'],
  ['text', 'danger-soft'],
  ['ok', 'ok-soft'],
  ['warn', 'warn-soft'],
  ['warn-text', 'warn-soft'],
  ['danger', 'danger-soft'],
  ['danger-text', 'danger-soft'],
  ['danger-contrast', 'danger'],
  ...['todo', 'in-progress', 'done', 'skipped'].flatMap((s): [string, string][] => [
    ['status-contrast', `status-${s}`],
    [`status-${s}`, 'surface'],
  ]),
]

/** Parts of controls and graphics a user must see: 3:1 (WCAG 1.4.11). */
const UI_PAIRS: [string, string][] = [
  ['control-border', 'surface'],
  ['control-border', 'bg'],
  ['focus-ring', 'surface'],
  ['focus-ring', 'bg'],
  ['focus-ring', 'graph-bg'],
  ['edge', 'graph-bg'],
  ['accent', 'graph-bg'],
  ['match', 'graph-bg'],
  ['match', 'surface'],
  ['ok', 'meter-track'],
  ...['todo', 'in-progress', 'done', 'skipped'].map((s): [string, string] => [
    `status-${s}`,
    'card-selected',
  ]),
]

describe('the colour palette in main.css', () => {
  it('declares every colour it is checked for, in both themes', () => {
    for (const [fg, bg] of [...TEXT_PAIRS, ...UI_PAIRS])
      for (const theme of THEMES) {
        expect(contrastRatio(colour(fg, theme), '#000'), `--${fg} ${theme}`).not.toBeNaN()
        expect(contrastRatio(colour(bg, theme), '#000'), `--${bg} ${theme}`).not.toBeNaN()
      }
  })

  for (const theme of THEMES) {
    it(`has AA text contrast in the ${theme} theme`, () => {
      const failures = TEXT_PAIRS.map(([fg, bg]) => ({
        pair: `--${fg} on --${bg}`,
        ratio: contrastRatio(colour(fg, theme), colour(bg, theme)),
      })).filter((p) => !(p.ratio >= AA_TEXT))
      expect(failures).toEqual([])
    })

    it(`has 3:1 contrast for control parts and graphics in the ${theme} theme`, () => {
      const failures = UI_PAIRS.map(([fg, bg]) => ({
        pair: `--${fg} on --${bg}`,
        ratio: contrastRatio(colour(fg, theme), colour(bg, theme)),
      })).filter((p) => !(p.ratio >= AA_UI))
      expect(failures).toEqual([])
    })
  }

  it('follows the system by default, lets <html data-theme> pin a theme, and prints light', () => {
    expect(css).toMatch(/:root\s*\{[^}]*color-scheme:\s*light dark;/)
    expect(css).toMatch(/:root\[data-theme='light'\]\s*\{\s*color-scheme:\s*light;/)
    expect(css).toMatch(/:root\[data-theme='dark'\]\s*\{\s*color-scheme:\s*dark;/)
    expect(css).toMatch(
      /@media print\s*\{\s*[^{]*:root\[data-theme\]\s*\{\s*color-scheme:\s*light;/,
    )
  })

  it('matches the constants the light-only graph export draws with', () => {
    expect(colour('surface', 'light')).toBe(THEME_SURFACE.light)
    expect(colour('surface', 'dark')).toBe(THEME_SURFACE.dark)
    expect(colour('accent', 'light')).toBe(exported.ACCENT)
    expect(colour('text', 'light')).toBe(exported.TEXT_COLOR)
    expect(colour('muted', 'light')).toBe(exported.MUTED_COLOR)
    expect(colour('card-settled-text', 'light')).toBe(exported.SETTLED_TEXT_COLOR)
    expect(colour('card-border', 'light')).toBe(exported.CARD_BORDER)
    expect(colour('edge', 'light')).toBe(exported.EDGE_COLOR)
    expect(colour('warn', 'light')).toBe(exported.WARN_COLOR)
    for (const [status, hex] of Object.entries(exported.STATUS_COLORS))
      expect(colour(`status-${status}`, 'light')).toBe(hex)
  })
})
