import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US' })

const LIGHT_BG = 'rgb(247, 248, 250)'
const DARK_BG = 'rgb(18, 21, 27)'
const pageBackground = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
const themeAttr = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-theme'))

test('the dark theme chosen in Settings stays after a reload', async ({ page }) => {
  await finishQuestionnaire(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const group = page.getByRole('group', { name: 'Colour theme' })
  await expect(group.getByRole('radio', { name: /Same as my system/ })).toBeChecked()
  expect(await pageBackground(page)).toBe(LIGHT_BG)

  await group.getByRole('radio', { name: 'Dark', exact: true }).check()
  expect(await themeAttr(page)).toBe('dark')
  expect(await pageBackground(page)).toBe(DARK_BG)
  await waitUntilSaved(page)

  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Settings')
  expect(await themeAttr(page)).toBe('dark')
  expect(await pageBackground(page)).toBe(DARK_BG)
  await expect(
    page.getByRole('group', { name: 'Colour theme' }).getByRole('radio', { name: 'Dark' }),
  ).toBeChecked()
  // The graph draws on its own dark canvas too.
  await page.getByRole('link', { name: 'Graph' }).click()
  await expect(page.getByTestId('graph')).toHaveCSS('background-color', 'rgb(15, 18, 23)')
})

test('"system" follows the colour scheme the system asks for, a pinned theme does not', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' })
  await finishQuestionnaire(page)
  expect(await themeAttr(page)).toBeNull()
  expect(await pageBackground(page)).toBe(DARK_BG)
  await page.emulateMedia({ colorScheme: 'light' })
  expect(await pageBackground(page)).toBe(LIGHT_BG)

  await page.getByRole('link', { name: 'Settings' }).click()
  const system = page.getByRole('radio', { name: /Same as my system/ })
  await expect(system).toHaveAccessibleName('Same as my system (now light)')
  await page.emulateMedia({ colorScheme: 'dark' })
  await expect(system).toHaveAccessibleName('Same as my system (now dark)')

  await page.getByRole('radio', { name: 'Light', exact: true }).check()
  expect(await pageBackground(page)).toBe(LIGHT_BG)
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByRole('radio', { name: 'Dark', exact: true }).check()
  expect(await pageBackground(page)).toBe(DARK_BG)
})

test('printing is light even in the dark theme', async ({ page }) => {
  await finishQuestionnaire(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Dark', exact: true }).check()
  await page.emulateMedia({ media: 'print' })
  expect(await pageBackground(page)).toBe(LIGHT_BG)
  await expect(page.getByRole('heading', { level: 1 })).toHaveCSS('color', 'rgb(29, 35, 48)')
})
