import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { en } from '../../src/i18n/messages/en'
import { ko } from '../../src/i18n/messages/ko'
import { expect, test, visitEveryView } from './fixtures'

/**
 * No hard-coded user-visible text: every word a view shows in one language must come from that
 * language's messages or content. In Korean, any Latin word on screen (text, aria-label, title,
 * placeholder, alt) must occur in the Korean messages or the Korean side of the content (which
 * name tools such as PyTorch) or a content link's label (a resource's own name); in English, any
 * Hangul must come from the English messages (the language switch), the mentor's verbatim Korean
 * quotes or a link's label. No view may show a message key instead of its text.
 */

const content = [
  JSON.parse(readFileSync('data/advice.json', 'utf8')),
  JSON.parse(readFileSync('data/roadmap-template.json', 'utf8')),
]
function strings(tree: unknown, pick: (key: string) => boolean, key = ''): string[] {
  if (typeof tree === 'string') return pick(key) ? [tree] : []
  if (Array.isArray(tree)) return tree.flatMap((x) => strings(x, pick, key))
  if (tree && typeof tree === 'object')
    return Object.entries(tree).flatMap(([k, v]) => strings(v, pick, k))
  return []
}
const LATIN = /[A-Za-z][A-Za-z'’]*/g
const HANGUL = /[가-힣]+/g
const words = (texts: string[], re: RegExp) =>
  new Set(texts.flatMap((t) => [...t.matchAll(re)].map((m) => m[0].toLowerCase())))

// A link's label in the content is the resource's own name ("MDN Web Docs"), shown as it is
// in both languages.
const koAllowed = words(
  [
    ...strings(ko, () => true),
    ...strings(content, (k) => k === 'ko' || k === 'quoteKo' || k === 'label'),
  ],
  LATIN,
)
const enAllowed = words(
  [...strings(en, () => true), ...strings(content, (k) => k === 'quoteKo' || k === 'label')],
  HANGUL,
)

type Tree = { [key: string]: string | Tree }
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : keysOf(v, `${prefix}${k}.`),
  )
const KEYS = new Set(keysOf(en))
/** Message keys shown as they are: a view whose message area did not load. */
const rawKeys = (texts: string[]) =>
  texts
    .flatMap((t) => [...t.matchAll(/[A-Za-z][\w-]*(?:\.[\w-]+)+/g)].map((m) => m[0]))
    .filter((k) => KEYS.has(k))

/** Text a user sees or hears, except text marked as another language (`lang`), e.g. endonyms. */
async function shownText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang
    const ours = (el: Element | null) =>
      (el?.closest('[lang]')?.getAttribute('lang') ?? pageLang) === pageLang
    const out: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement
      if (!el || !ours(el) || !el.checkVisibility() || el.closest('script,style')) continue
      out.push(n.textContent ?? '')
    }
    const attrs = ['aria-label', 'title', 'placeholder', 'alt', 'aria-roledescription']
    for (const el of document.querySelectorAll(attrs.map((a) => `[${a}]`).join(',')))
      if (ours(el)) for (const a of attrs) out.push(el.getAttribute(a) ?? '')
    return out
  })
}

for (const [locale, re, allowed] of [
  ['ko-KR', LATIN, koAllowed],
  ['en-US', HANGUL, enAllowed],
] as const) {
  test.describe(locale, () => {
    test.use({ locale })
    test(`every view shows only ${locale} text, and no raw message key`, async ({ page }) => {
      const stray = new Map<string, Set<string>>()
      const raw = new Map<string, string[]>()
      const check = async (where: string) => {
        await page.waitForLoadState('networkidle')
        const texts = await shownText(page)
        for (const w of words(texts, re))
          if (!allowed.has(w)) (stray.get(where) ?? stray.set(where, new Set()).get(where)!).add(w)
        if (rawKeys(texts).length) raw.set(where, rawKeys(texts))
      }
      // Each view is loaded afresh, so it has only the shell and the areas its route declares.
      await visitEveryView(page, async (path) => {
        await check(path)
        if (path !== '/') return
        // The side panel loads with its own areas.
        await page.locator('g.card[tabindex="0"]').first().focus()
        await page.keyboard.press('Enter')
        await expect(page.getByTestId('milestone-panel')).toBeVisible()
        await check('/ with a card’s panel open')
      })
      // A share link, made in this language, opened afresh with its list of milestones open.
      await page.goto('/roadmaps')
      await page.locator('section[aria-labelledby="share-title"] button').click()
      await page.goto(await page.locator('#share-link').inputValue())
      await expect(page.getByTestId('shared-graph').locator('img')).toBeVisible()
      await page.locator('details summary').click()
      await check('/shared')
      expect(Object.fromEntries([...stray].map(([p, s]) => [p, [...s]]))).toEqual({})
      expect(Object.fromEntries(raw)).toEqual({})
    })
  })
}
