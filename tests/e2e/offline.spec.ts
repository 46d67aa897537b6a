import AxeBuilder from '@axe-core/playwright'
import { readFile, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US', serviceWorkers: 'allow' })

/** Resolves once the service worker is active, i.e. the whole build is precached. */
async function waitForServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}

function controlled(page: Page) {
  return page.evaluate(() => navigator.serviceWorker.controller !== null)
}

function firstMilestone(page: Page) {
  return page.locator('li.milestone').first()
}

test('after the first visit the app opens, works and keeps edits with the network off', async ({
  page,
  context,
}) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await waitForServiceWorker(page)
  // Said once, on the first install.
  const notice = page.getByTestId('offline-ready')
  await expect(notice).toContainText('Ready to work offline')
  await notice.getByRole('button', { name: 'OK' }).click()
  await expect(notice).toHaveCount(0)

  await context.setOffline(true)
  await page.reload()
  expect(await controlled(page)).toBe(true)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')
  await expect(page.getByTestId('offline-ready')).toHaveCount(0)

  // Deep links open the app shell from the cache; each view's lazy chunk is precached too.
  await page.goto('/time')
  await expect(page).toHaveURL(/\/time$/)
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await page.goto('/list')
  await expect(firstMilestone(page).getByRole('radio', { name: 'To do' })).toBeChecked()

  // An edit made offline is stored in IndexedDB and is there after an offline reload.
  await firstMilestone(page).getByText('Done', { exact: true }).click()
  await expect(firstMilestone(page).getByRole('radio', { name: 'Done' })).toBeChecked()
  await waitUntilSaved(page)
  await page.reload()
  await expect(firstMilestone(page).getByRole('radio', { name: 'Done' })).toBeChecked()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')

  // Back online, nothing is lost or rolled back.
  await context.setOffline(false)
  await page.reload()
  await expect(firstMilestone(page).getByRole('radio', { name: 'Done' })).toBeChecked()
  await openList(page)
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')
})

test('other views open offline straight from a deep link', async ({ page, context }) => {
  await page.goto('/advice')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await waitForServiceWorker(page)
  await context.setOffline(true)
  const again = await context.newPage()
  await again.goto('/settings')
  await expect(again.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await again.goto('/welcome')
  await expect(again.getByRole('button', { name: 'Create my roadmap' })).toBeVisible()
})

const SW_FILE = fileURLToPath(new URL('../../dist/sw.js', import.meta.url))

/** What an open tab does every hour, and the browser on every navigation. */
async function checkForUpdate(page: Page) {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })
}

function hasWaitingWorker(page: Page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return Boolean(registration?.waiting)
  })
}

test.describe('a new version', () => {
  // Restores the built worker that a test below changes.
  let swSource = ''
  test.beforeEach(async () => {
    swSource = await readFile(SW_FILE, 'utf8')
  })
  test.afterEach(async () => {
    await writeFile(SW_FILE, swSource)
  })

  test('waits for "Reload", saves first, then takes over', async ({ page }) => {
    await finishQuestionnaire(page)
    await waitUntilSaved(page)
    await waitForServiceWorker(page)
    await page.reload()
    expect(await controlled(page)).toBe(true)

    // The next deploy: the preview server reads dist/ on every request, so a changed sw.js is
    // what a new build looks like to the browser.
    await writeFile(SW_FILE, `${swSource}\n// next version\n`)
    await checkForUpdate(page)
    const prompt = page.getByTestId('update-available')
    await expect(prompt).toContainText('A new version of the app is available.')
    expect(await hasWaitingWorker(page)).toBe(true)
    // The prompt, like every view, has zero axe violations.
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([])

    // "Later" keeps the running version; nothing switches under the user.
    await prompt.getByRole('button', { name: 'Later' }).click()
    await expect(prompt).toHaveCount(0)
    await openList(page)
    await firstMilestone(page).getByText('Done', { exact: true }).click()
    await waitUntilSaved(page)
    expect(await hasWaitingWorker(page)).toBe(true)

    // The next visit asks again; "Reload" saves the last edit, then moves to the new version.
    await page.reload()
    await expect(prompt).toBeVisible()
    await firstMilestone(page).getByText('In progress', { exact: true }).click()
    const reloaded = page.waitForEvent('load')
    await prompt.getByRole('button', { name: 'Reload' }).click()
    await reloaded
    await expect(firstMilestone(page).getByRole('radio', { name: 'In progress' })).toBeChecked()
    await expect(prompt).toHaveCount(0)
    expect(await hasWaitingWorker(page)).toBe(false)
    expect(await controlled(page)).toBe(true)
  })
})
