import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'
import type { Page } from '@playwright/test'

// en-US weeks start on Sunday: Friday 2026-11-27 is in the week of Sunday 2026-11-22.
test.use({ locale: 'en-US', timezoneId: 'Asia/Seoul' })

/** A roadmap made on Monday, then the user comes back on Friday (4 days later). */
async function roadmapFromMonday(page: Page) {
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+09:00') })
  await finishQuestionnaire(page)
  await expect(page.getByTestId('review-reminder')).toHaveCount(0) // too new to review
  await waitUntilSaved(page)
  await page.clock.fastForward(4 * 24 * 3600_000)
  await page.reload()
}

test('log time, finish a milestone, review the week from the reminder, and find it after reload', async ({
  page,
}) => {
  await roadmapFromMonday(page)
  const reminder = page.getByTestId('review-reminder')
  await expect(reminder).toContainText('This week has no review yet.')

  // Log 1 h 30 min of web backend.
  await page.getByRole('link', { name: 'Time', exact: true }).click()
  await page.getByLabel('Duration', { exact: true }).fill('1:30')
  await page.getByLabel('Track', { exact: true }).selectOption({ label: 'Web backend' })
  await page.getByRole('button', { name: 'Add entry' }).click()
  await expect(page.getByText('Logged 1 h 30 min on Web backend.')).toBeVisible()

  // Finish the first milestone that is next up.
  await openList(page)
  const first = page.getByTestId('next-up').getByRole('listitem').first()
  const title = (await first.getByRole('link').textContent())!.trim()
  const card = page.locator('li.milestone', {
    has: page.getByRole('heading', { name: title, exact: true }),
  })
  await card.getByText('Done', { exact: true }).click()
  await expect(card.getByRole('radio', { name: 'Done' })).toBeChecked()

  // The list shows the reminder too; it opens the review.
  await expect(reminder).toBeVisible()
  await reminder.getByRole('link', { name: 'Review this week' }).click()
  await expect(page).toHaveURL(/\/review$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Weekly review')
  await expect(page.getByTestId('review-week')).toHaveText('Week of Nov 22, 2026 – Nov 28, 2026')
  await expect(page.getByTestId('review-done')).toContainText(title)
  const time = page.getByTestId('review-time')
  await expect(time.getByRole('row', { name: /Web backend/ })).toContainText('1 h 30 min')
  await expect(time).toContainText('AI/ML 0% of this week — below your 70%–80% band.')
  await expect(page.getByTestId('review-next').getByRole('listitem').first()).toBeVisible()

  await page
    .getByLabel('One-line note for this week')
    .fill('Django basics done; more ML next week.')
  await page.getByRole('button', { name: 'Save review' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Review saved' })).toHaveText(
    'Review saved for the week of Nov 22, 2026.',
  )
  await waitUntilSaved(page)

  await page.reload()
  const history = page.getByTestId('review-history')
  const past = history.getByRole('button', { name: 'Week of Nov 22, 2026' })
  await expect(past).toHaveAttribute('aria-expanded', 'false')
  await past.click()
  await expect(past).toHaveAttribute('aria-expanded', 'true')
  await expect(history).toContainText('Django basics done; more ML next week.')
  await expect(history).toContainText(title)
  await expect(history.getByRole('row', { name: /Web backend/ })).toContainText('1 h 30 min')

  // This week is reviewed: no reminder on the list or the graph.
  await openList(page)
  await expect(page.getByTestId('next-up')).toBeVisible()
  await expect(reminder).toHaveCount(0)
  await page.getByRole('link', { name: 'Graph', exact: true }).click()
  await expect(page.getByTestId('overall-progress')).toBeVisible()
  await expect(reminder).toHaveCount(0)
})

test('the reminder can be put off for the week; the time view still opens the review', async ({
  page,
}) => {
  await roadmapFromMonday(page)
  const reminder = page.getByTestId('review-reminder')
  await reminder.getByRole('button', { name: 'Not this week' }).click()
  await expect(reminder).toHaveCount(0)
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.getByTestId('overall-progress')).toBeVisible()
  await expect(reminder).toHaveCount(0)

  await page.getByRole('link', { name: 'Time', exact: true }).click()
  await page.getByRole('link', { name: 'Weekly review' }).click()
  await expect(page).toHaveURL(/\/review$/)
  await expect(page.getByText('No reviews saved yet.')).toBeVisible()

  // Next Sunday a new week starts, and the reminder is back.
  await page.clock.fastForward(2 * 24 * 3600_000)
  await page.goto('/')
  await expect(reminder).toBeVisible()
})
