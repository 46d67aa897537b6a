import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'
import { getStoredValue } from './idb'

/**
 * A part of the app that cannot be downloaded, or a component that throws, shows the error
 * notice (Retry / Reload, or a backup download) instead of a blank view, and stores nothing.
 * Failures are made with page.route: the server answers 404 for a chunk until it is unblocked.
 */

/** Makes matching requests fail with a 404 until the returned function is called. */
async function block(page: Page, pattern: string): Promise<() => void> {
  let blocked = true
  await page.route(pattern, (route) =>
    blocked ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
  )
  return () => {
    blocked = false
  }
}

/** The console errors these tests cause on purpose: the 404s and the logged failures. */
function forgive(errors: string[], ...patterns: RegExp[]) {
  const expected = [/Failed to load resource/, /dynamically imported module/, ...patterns]
  const rest = errors.filter((e) => !expected.some((p) => p.test(e)))
  errors.splice(0, errors.length, ...rest)
}

async function withRoadmap(page: Page) {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  return getStoredValue(page)
}

const notice = (page: Page) => page.getByTestId('error-notice').locator('section')

test.use({ locale: 'en-US' })

test('a nav link whose view cannot be downloaded says so, and Retry opens it once it can', async ({
  page,
  consoleErrors,
}) => {
  const stored = await withRoadmap(page)
  const unblock = await block(page, '**/assets/SettingsView-*.js')
  await page.getByRole('link', { name: 'Settings' }).click()
  await expect(notice(page)).toContainText('could not be downloaded')
  await expect(notice(page)).toHaveAttribute('role', 'alert')
  await expect(page).toHaveURL(/\/$/)
  // Still failing: Retry fails again and the notice stays.
  await notice(page).getByRole('button', { name: 'Retry' }).click()
  await expect(notice(page).getByRole('button', { name: 'Retry' })).toBeEnabled()
  await expect(notice(page)).toBeVisible()
  unblock()
  await notice(page).getByRole('button', { name: 'Retry' }).click()
  await expect(page).toHaveURL(/\/settings$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  await expect(notice(page)).toHaveCount(0)
  expect(await getStoredValue(page)).toEqual(stored)
  forgive(consoleErrors)
})

test('a view’s messages that cannot be downloaded show the notice, in Korean too', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'ko-KR' })
  const page = await context.newPage()
  await page.goto('/welcome')
  await page.locator('input[name="goal"]').first().check()
  await page.locator('form button[type=submit]').click()
  await expect(page).toHaveURL(/\/$/)
  await waitUntilSaved(page)
  const unblock = await block(page, '**/assets/settings.ko-*.js')
  await page.getByRole('link', { name: '설정' }).click()
  await expect(notice(page)).toContainText('앱의 일부를 내려받지 못했습니다')
  unblock()
  await notice(page).getByRole('button', { name: '다시 시도' }).click()
  await expect(page).toHaveURL(/\/settings$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('설정')
  await expect(notice(page)).toHaveCount(0)
  await context.close()
})

test('the graph failing on the first load shows the notice over the empty page; Retry draws it', async ({
  page,
  consoleErrors,
}) => {
  const stored = await withRoadmap(page)
  const unblock = await block(page, '**/assets/GraphView-*.js')
  await page.reload()
  await expect(notice(page)).toContainText('could not be downloaded')
  await expect(page.getByRole('navigation').first()).toBeVisible()
  await expect(page.locator('g.card')).toHaveCount(0)
  unblock()
  await notice(page).getByRole('button', { name: 'Retry' }).click()
  await expect(page.locator('g.card').first()).toBeVisible()
  await expect(notice(page)).toHaveCount(0)
  expect(await getStoredValue(page)).toEqual(stored)
  forgive(consoleErrors)
})

test('a component loaded later (the graph’s panel) that fails to download comes with Retry', async ({
  page,
  consoleErrors,
}) => {
  await withRoadmap(page)
  const unblock = await block(page, '**/assets/RoadmapGraphPanel-*.js')
  await page.locator('g.card[tabindex="0"]').first().focus()
  await page.keyboard.press('Enter')
  await expect(notice(page)).toContainText('could not be downloaded')
  unblock()
  await notice(page).getByRole('button', { name: 'Retry' }).click()
  await expect(page.getByTestId('milestone-panel')).toBeVisible()
  await expect(notice(page)).toHaveCount(0)
  forgive(consoleErrors)
})

test('a component that throws shows the notice with a backup download; nothing stored changes', async ({
  page,
  consoleErrors,
}) => {
  const stored = await withRoadmap(page)
  // The panel's chunk, replaced by a component that throws while it is set up.
  await page.route('**/assets/RoadmapGraphPanel-*.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'export default { setup() { throw new Error("e2e: a component that throws") } }',
    }),
  )
  await page.locator('g.card[tabindex="0"]').first().focus()
  await page.keyboard.press('Enter')
  await expect(notice(page)).toContainText('Something went wrong')
  await expect(notice(page).getByRole('button', { name: 'Retry' })).toHaveCount(0)
  // The rest of the page still works, and the data is as it was.
  await expect(page.locator('g.card').first()).toBeVisible()
  expect(await getStoredValue(page)).toEqual(stored)
  const download = page.waitForEvent('download')
  await notice(page).getByRole('button', { name: 'Download backup' }).click()
  const file = JSON.parse(
    await (await download).createReadStream().then(async (stream) => {
      let text = ''
      for await (const chunk of stream) text += chunk
      return text
    }),
  ) as { kind: string; data: { roadmaps: { name: string }[] } }
  expect(file.kind).toBe('backup')
  expect(file.data.roadmaps.map((r) => r.name)).toEqual(['AI engineer roadmap'])
  // Reload waits for the autosave (the download noted its date), then reloads.
  await notice(page).getByRole('button', { name: 'Reload' }).click()
  await page.waitForURL(/\/$/)
  await expect(page.locator('g.card').first()).toBeVisible()
  await expect(notice(page)).toHaveCount(0)
  const after = (await getStoredValue(page)) as { data: { roadmaps: unknown } }
  expect(after.data.roadmaps).toEqual((stored as { data: { roadmaps: unknown } }).data.roadmaps)
  forgive(consoleErrors, /a component that throws/)
})

test.describe('360 px, dark', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' })
  test('the notice fits and has zero axe violations', async ({ page, consoleErrors }) => {
    await withRoadmap(page)
    await block(page, '**/assets/SettingsView-*.js')
    await page.getByRole('button', { name: 'Menu' }).click()
    await page.getByRole('link', { name: 'Settings' }).click()
    await expect(notice(page)).toBeVisible()
    const box = (await notice(page).boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(360)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    const result = await new AxeBuilder({ page }).include('[data-testid=error-notice]').analyze()
    expect(result.violations.map((v) => v.id)).toEqual([])
    forgive(consoleErrors)
  })
})

// Nothing mounted: the shell's words (main.ts's start fails), or the entry itself or a file it
// imports (nothing of the app runs; index.html's start script says so).
for (const [what, pattern, logged] of [
  ['the shell’s messages', '**/assets/shell.en-*.js', /shell|Failed to fetch|error loading/i],
  ['the entry', '**/assets/index-*.js', null],
  ['the entry’s runtime helpers', '**/assets/rolldown-runtime-*.js', null],
] as const)
  test(`${what} failing to download at start-up: the app says so, and Reload brings it`, async ({
    page,
    consoleErrors,
  }) => {
    const stored = await withRoadmap(page)
    const unblock = await block(page, pattern)
    await page.reload()
    const failure = page.getByTestId('startup-failure')
    await expect(failure).toHaveAttribute('role', 'alert')
    await expect(failure).toContainText('The app could not finish loading')
    unblock()
    await failure.getByRole('button', { name: 'Reload' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'AI engineer roadmap' })).toBeVisible()
    await waitUntilSaved(page)
    expect(await getStoredValue(page)).toEqual(stored)
    forgive(consoleErrors, ...(logged ? [logged] : []))
  })

test('another script failing to download while the app starts leaves the start alone', async ({
  page,
  consoleErrors,
}) => {
  const stored = await withRoadmap(page)
  await block(page, '**/beacon.js')
  // A script the page did not ask for (a host's beacon, an extension's), failing before the mount.
  // The mount would replace a failure shown meanwhile: whether one ever was is recorded.
  await page.addInitScript(() => {
    const seen = window as unknown as { failureShown: boolean }
    seen.failureShown = false
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="startup-failure"]')) seen.failureShown = true
    }).observe(document, { childList: true, subtree: true })
    document.addEventListener('DOMContentLoaded', () => {
      const script = document.createElement('script')
      script.src = '/beacon.js'
      document.head.append(script)
    })
  })
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'AI engineer roadmap' })).toBeVisible()
  expect(
    await page.evaluate(() => (window as unknown as { failureShown: boolean }).failureShown),
  ).toBe(false)
  await waitUntilSaved(page)
  expect(await getStoredValue(page)).toEqual(stored)
  forgive(consoleErrors)
})
