import { test, waitUntilSaved } from './fixtures'

/** Real screenshots for the README: `npm run screenshots`. Skipped in the normal e2e run. */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write docs/screenshots')
test.use({ locale: 'en-US', viewport: { width: 1200, height: 900 } })

test('screenshots', async ({ page }) => {
  await page.goto('/welcome')
  await page.getByRole('radio', { name: /Full-stack ML engineer/ }).check()
  await page.screenshot({ path: 'docs/screenshots/questionnaire-en.png', fullPage: false })
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  for (const i of [0, 1])
    await page.locator('li.milestone').nth(i).getByText('Done', { exact: true }).click()
  await page.locator('li.milestone').nth(2).getByText('In progress', { exact: true }).click()
  await page.locator('li.milestone').nth(2).getByText('The mentor’s advice behind it').click()
  await waitUntilSaved(page)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshots/plan-en.png', fullPage: false })
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await page.locator('li.milestone').nth(2).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'docs/screenshots/plan-ko.png', fullPage: false })
  await page.getByRole('link', { name: '조언' }).click()
  await page.getByLabel('조언 검색').fill('Django')
  await page.screenshot({ path: 'docs/screenshots/advice-ko.png', fullPage: false })
})
