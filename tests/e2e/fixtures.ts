import { test as base, expect, type BrowserContext, type Page } from '@playwright/test'

/** Every test fails on a console error or an uncaught exception in the page. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text())
      })
      page.on('pageerror', (err) => errors.push(err.message))
      await use(errors)
      expect(errors, 'console errors').toEqual([])
    },
    { auto: true },
  ],
})
export { expect }

/** Answers the questionnaire with the given goal and the preselected (mentor's) choices. */
export async function finishQuestionnaire(page: Page, goal = /AI engineer job/) {
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)
  await page.getByRole('radio', { name: goal }).check()
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')
}

/**
 * The graph view with everything above the graph in place. The week's line (next session)
 * arrives just after the first frame and pushes the graph down by its height (87 px on a
 * phone), so a point taken on the graph before it lands misses what it was taken on after.
 */
export async function graphSettled(page: Page) {
  await expect(page.getByTestId('today')).toBeVisible()
}

export async function waitUntilSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved')
}

/** The outline of the roadmap (the graph is the main view). */
export async function openList(page: Page) {
  await page.getByRole('link', { name: /^(List|목록)$/ }).click()
  await expect(page).toHaveURL(/\/list$/)
}

/** A roadmap, open on the list in tab A and in a second tab B of the same browser. */
export async function twoTabs(a: Page, context: BrowserContext): Promise<Page> {
  await finishQuestionnaire(a)
  await waitUntilSaved(a)
  await openList(a)
  const b = await context.newPage()
  await b.goto('/list')
  await waitUntilSaved(b)
  return b
}

/** Every view of a user with a roadmap (the questionnaire, /welcome, comes before them). */
export const VIEWS = [
  '/',
  '/list',
  '/week',
  '/time',
  '/review',
  '/papers',
  '/portfolio',
  '/advice',
  '/settings',
  '/roadmaps',
] as const

/**
 * Opens the questionnaire, then (after creating the default roadmap) every view in turn, and
 * calls `visit` on each once it is shown: the sweeps over the whole app use it.
 */
export async function visitEveryView(page: Page, visit: (path: string) => Promise<void>) {
  await page.goto('/welcome')
  await visit('/welcome')
  // A goal is required (the other answers start at the mentor's picks); without one the form
  // stays open and every view below would redirect back to the questionnaire.
  await page.locator('input[name="goal"]').first().check()
  await page.locator('form button[type=submit]').click()
  await expect(page).toHaveURL(/\/$/)
  await waitUntilSaved(page)
  for (const path of VIEWS) {
    await page.goto(path)
    await expect(page).toHaveURL(new RegExp(`${path}$`))
    await visit(path)
  }
}
