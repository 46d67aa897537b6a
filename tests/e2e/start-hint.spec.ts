import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'

/**
 * The start hint (src/storage/startHint.ts): the app leaves in localStorage whether it holds a
 * roadmap and the language it shows, so the next start fetches that view and those words while
 * IndexedDB is read. Only a hint: storage decides where the first view is and in which language.
 */
test.use({ locale: 'en-US' })

const KEY = 'ml-roadmap-planner:start'
const hint = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY)

/** The message modules (`src/i18n/messages/<area>.<lang>`) a load requested, by language. */
function messageRequests(page: Page) {
  const langs = new Set<string>()
  page.on('request', (request) => {
    const m =
      /\/(?:shell|notices|roadmap|graph|evidence|time|advice|onboarding|review|settings|data)\.(en|ko)[-.]/.exec(
        request.url(),
      )
    if (m) langs.add(m[1]!)
  })
  return langs
}

test('the hint follows the roadmap and the language, and the next start uses it', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  await expect.poll(() => hint(page)).toBe('{"roadmap":false,"locale":"en"}')
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await expect.poll(() => hint(page)).toBe('{"roadmap":true,"locale":"en"}')

  // Korean chosen in the settings: the next start fetches Korean words only.
  await page.goto('/settings')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await waitUntilSaved(page)
  await expect.poll(() => hint(page)).toBe('{"roadmap":true,"locale":"ko"}')
  const langs = messageRequests(page)
  await page.goto('/') // a fresh start on the graph
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeVisible()
  await expect(page.locator('[data-testid="graph"] .cards > [data-id]').first()).toBeVisible()
  expect([...langs]).toEqual(['ko'])
})

test('a hint that no longer holds is overruled by what storage says', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  // A roadmap in Korean, says the hint; storage holds nothing (another tab deleted it, say).
  await page.evaluate((key) => localStorage.setItem(key, '{"roadmap":true,"locale":"ko"}'), KEY)
  await page.reload()
  await expect(page).toHaveURL(/\/welcome$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build your roadmap')
  await expect.poll(() => hint(page)).toBe('{"roadmap":false,"locale":"en"}')

  // A hint that is not one is ignored.
  await page.evaluate((key) => localStorage.setItem(key, 'garbage'), KEY)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Build your roadmap')
  await expect.poll(() => hint(page)).toBe('{"roadmap":false,"locale":"en"}')
})

/** The files index.html's inline script asked for (`scripts/startPreload.ts`): before the entry. */
const askedEarly = (page: Page) =>
  page.evaluate(() => {
    const entry = document.querySelector('script[type="module"][src]')
    return [...document.head.querySelectorAll<HTMLLinkElement>('link[rel$="preload"]')]
      .filter((l) => entry && l.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING)
      .map((l) =>
        new URL(l.href).pathname
          .split('/')
          .pop()!
          .replace(/-[\w-]{8}\./, '.'),
      )
  })

test('index.html asks for the hinted first view before the app’s script runs', async ({ page }) => {
  // A first visit: no hint, so the questionnaire, in the browser's language.
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  expect(await askedEarly(page)).toEqual(
    expect.arrayContaining(['OnboardingView.js', 'onboarding.en.js', 'shell.en.js']),
  )
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await expect.poll(() => hint(page)).toBe('{"roadmap":true,"locale":"en"}')

  // A roadmap: the graph and its words.
  await page.reload()
  await expect(page.locator('[data-testid="graph"] .cards > [data-id]').first()).toBeVisible()
  const early = await askedEarly(page)
  expect(early).toEqual(
    expect.arrayContaining(['GraphView.js', 'GraphView.css', 'graph.en.js', 'roadmap.en.js']),
  )
  expect(early.some((f) => /Onboarding|\.ko\./.test(f))).toBe(false)
  // Each asked once: Vite's own preload of the view found the early request, not a second one.
  const requests = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()!),
  )
  for (const file of requests.filter((f) => /^GraphView-/.test(f)))
    expect(requests.filter((f) => f === file)).toHaveLength(1)

  // Elsewhere than the start address: left to the app.
  await page.goto('/settings')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await askedEarly(page)).toEqual([])
})

test('the database is opened before the app’s script, and the app reads and saves through that connection', async ({
  page,
}) => {
  await page.goto('/')
  await finishQuestionnaire(page)
  await waitUntilSaved(page)

  // The inline script's connection (src/storage/earlyOpen.ts) is the one the app took.
  await page.reload()
  await expect(page.locator('[data-testid="graph"] .cards > [data-id]').first()).toBeVisible()
  expect(await page.evaluate(() => '__earlyDb' in window)).toBe(false)
  // Saves go through it: a setting changed on this start is there on the next.
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('combobox', { name: 'Language' }).selectOption('ko')
  await waitUntilSaved(page)
  await page.goto('/')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.locator('[data-testid="graph"] .cards > [data-id]').first()).toBeVisible()

  // The hint outlived the database (deleted from a page that does not run the app): the early
  // open creates it afresh, as the app's own open would, and the app starts over at the
  // questionnaire and saves as on a first visit.
  await page.goto('about:blank')
  const other = await page.context().newPage()
  await other.goto('/manifest.webmanifest')
  await other.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const req = indexedDB.deleteDatabase('ml-roadmap-planner')
        req.onsuccess = resolve
        req.onerror = () => reject(req.error)
      }),
  )
  expect(await hint(other)).toBe('{"roadmap":true,"locale":"ko"}')
  await other.close()
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.locator('[data-testid="graph"] .cards > [data-id]').first()).toBeVisible()
})
