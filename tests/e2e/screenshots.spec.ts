import { test, waitUntilSaved } from './fixtures'

/** Real screenshots for the README: `npm run screenshots`. Skipped in the normal e2e run. */
test.skip(!process.env.SCREENSHOTS, 'set SCREENSHOTS=1 to write docs/screenshots')
test.use({ locale: 'en-US', viewport: { width: 1200, height: 900 } })

test('screenshots', async ({ page }) => {
  await page.goto('/welcome')
  await page.getByRole('radio', { name: /Full-stack ML engineer/ }).check()
  await page.screenshot({ path: 'docs/screenshots/questionnaire-en.png', fullPage: false })
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await page.getByRole('link', { name: 'List' }).click()
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

test('graph screenshots', async ({ page }) => {
  await page.goto('/welcome')
  await page.getByRole('radio', { name: /AI engineer job/ }).check()
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  const card = (title: string) => page.getByRole('button', { name: new RegExp(`^${title}\\.`) })
  await card('Math for ML').focus()
  await page.keyboard.press('d')
  await card('Habit: Medium and YouTube one-pointers').focus()
  await page.keyboard.press('l')
  await card('Work through CS231n').click()
  await waitUntilSaved(page)
  await page.screenshot({ path: 'docs/screenshots/graph-en.png' })
  await page.getByRole('button', { name: 'Close the details' }).click()
  await page.getByRole('button', { name: 'Fit', exact: true }).click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'test-results/graph-en-fit.png' })
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await page.getByLabel('마일스톤 찾기').fill('논문')
  await page.getByLabel('마일스톤 찾기').press('Enter')
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'docs/screenshots/graph-ko.png' })
  await page.getByRole('button', { name: '전체 보기', exact: true }).click()
  await page.waitForTimeout(400)
  await page.screenshot({ path: 'test-results/graph-ko-fit.png' })
})

test('time screenshots', async ({ page }) => {
  test.setTimeout(60_000)
  await page.setViewportSize({ width: 1200, height: 1400 })
  await page.goto('/welcome')
  await page.getByRole('radio', { name: /AI engineer job/ }).check()
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await page.getByRole('link', { name: 'Time', exact: true }).click()
  // Six weeks of study, web mostly late: the verdict and the hint have something to say.
  const today = new Date()
  const log = async (daysAgo: number, duration: string, track: string) => {
    const d = new Date(today.getTime() - daysAgo * 86_400_000)
    const iso = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    await page.getByLabel('Date', { exact: true }).fill(iso)
    await page.getByLabel('Duration', { exact: true }).fill(duration)
    await page.getByLabel('Track', { exact: true }).selectOption({ label: track })
    await page.getByRole('button', { name: 'Add entry' }).click()
  }
  for (const [ago, dur, track] of [
    [40, '3:00', 'ML foundations'],
    [37, '2:30', 'Papers, reproduction, open source'],
    [33, '4:00', 'ML foundations'],
    [30, '2:00', 'Coding tests'],
    [26, '3:30', 'Building ML products'],
    [23, '1:30', 'Web backend'],
    [19, '3:00', 'Papers, reproduction, open source'],
    [16, '2:00', 'Web frontend'],
    [12, '4:00', 'ML foundations'],
    [9, '1:00', 'Coding tests'],
    [5, '3:00', 'Building ML products'],
    [2, '1:30', 'Web backend'],
    [1, '2:00', 'ML foundations'],
  ] as const)
    await log(ago, dur, track)
  await waitUntilSaved(page)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshots/time-en.png' })
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await page.screenshot({ path: 'docs/screenshots/time-ko.png' })
})
