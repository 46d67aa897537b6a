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
