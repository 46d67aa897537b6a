import { readFileSync } from 'node:fs'
import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US', timezoneId: 'Asia/Seoul' })

test('this week: accept the proposed week, start the timer from the next session, see progress, download the calendar; reload keeps it', async ({
  page,
}) => {
  // Tuesday 8 December 2026, 10:00 in Seoul.
  await page.clock.install({ time: new Date('2026-12-08T10:00:00+09:00') })
  await finishQuestionnaire(page)
  // The list shows the next session and leads to this week's plan.
  await page.getByRole('link', { name: 'List', exact: true }).click()
  await expect(page.getByTestId('today')).toBeVisible()
  await page.getByRole('link', { name: 'This week', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This week')

  // The proposal: 15 h in the mentor's band, web in parallel.
  const plan = page.getByTestId('week-plan')
  await expect(plan.getByRole('heading', { name: 'Proposed week' })).toBeVisible()
  await expect(plan).toContainText('within your 70%–80% band')
  await expect(plan.getByRole('row').last()).toContainText('15')
  // Setting hours pins the milestone; swapping replaces one by the next ready milestone.
  const first = plan.locator('tbody tr').first()
  const firstTitle = (await first.locator('.title').textContent())!.trim()
  await first.getByRole('spinbutton').fill('3')
  await first.getByRole('spinbutton').blur()
  await expect(first.getByRole('button', { name: `Pin “${firstTitle}”` })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  const rows = await plan.locator('tbody tr .title').allTextContents()
  const swapped = rows.at(-1)!.trim()
  await plan.getByRole('button', { name: `Swap “${swapped}” for the next ready milestone` }).click()
  await expect(plan.locator('tbody tr .title')).not.toContainText([swapped])
  await plan.getByRole('button', { name: 'Accept this week' }).click()
  await expect(plan.getByRole('heading', { name: 'Your week' })).toBeVisible()
  await expect(plan).toContainText(firstTitle)

  // The next session is the pinned milestone; its timer logs against it.
  const today = page.getByTestId('today')
  await expect(today).toContainText(firstTitle)
  await expect(today).toContainText('3 h left this week')
  await today.getByRole('button', { name: `Start timer for “${firstTitle}”` }).click()
  await expect(page.getByTestId('timer-bar')).toContainText(firstTitle)
  await page.clock.runFor(60 * 60_000)
  await page.getByTestId('timer-bar').getByRole('button', { name: 'Stop and log' }).click()
  await expect(page.getByTestId('timer-bar')).toHaveCount(0)
  await expect(today).toContainText('2 h left this week')
  const progress = page.getByTestId('week-progress')
  await expect(progress).toContainText('1 h of 15 h')
  await expect(progress).toContainText('1 this week')
  await expect(progress).toContainText('your first week')

  // Time logged last week reaches its target: one week on plan.
  await page.getByRole('link', { name: 'Time', exact: true }).click()
  await page.getByLabel('Date', { exact: true }).fill('2026-12-02')
  await page.getByLabel('Duration', { exact: true }).fill('14:00')
  await page.getByRole('button', { name: 'Add entry' }).click()
  await expect(page.getByText(/Logged 14 h/)).toBeVisible()
  await page.goto('/week')
  await expect(progress).toContainText('1 of 1')

  // The calendar file: one event per session, on the days picked, valid iCalendar lines.
  const calendar = page.getByTestId('week-calendar')
  await calendar.getByRole('checkbox', { name: 'Saturday' }).check()
  await calendar.getByLabel('Start time').fill('20:00')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    calendar.getByRole('button', { name: 'Download calendar (.ics)' }).click(),
  ])
  expect(download.suggestedFilename()).toBe('study-week-2026-12-06.ics')
  const ics = readFileSync((await download.path())!, 'utf8')
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  expect(ics).toContain(`SUMMARY:${firstTitle.slice(0, 20)}`)
  // 20:00 in Seoul on Monday 7 December is 11:00 UTC.
  expect(ics).toContain('DTSTART:20261207T110000Z')
  expect(ics.split('BEGIN:VEVENT').length - 1).toBeGreaterThanOrEqual(6)
  await waitUntilSaved(page)

  await page.reload()
  await expect(plan.getByRole('heading', { name: 'Your week' })).toBeVisible()
  await expect(progress).toContainText('1 h of 15 h')
  await expect(calendar.getByRole('checkbox', { name: 'Saturday' })).toBeChecked()
  await expect(calendar.getByLabel('Start time')).toHaveValue('20:00')
})
