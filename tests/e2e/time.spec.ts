import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US', timezoneId: 'Asia/Seoul' })

test('log time with the form and with a timer across a reload; the verdict follows', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-27T10:00:00+09:00') })
  await finishQuestionnaire(page)
  await page.getByRole('link', { name: 'Time', exact: true }).click()
  const verdict = page.getByTestId('verdict')
  await expect(verdict).toContainText('No time logged in the last 4 weeks')

  // 1. The form: bad input is refused with a message, then a real entry.
  await page.getByLabel('Duration', { exact: true }).fill('abc')
  await page.getByRole('button', { name: 'Add entry' }).click()
  await expect(page.getByText('Enter minutes (1–1440) or h:mm')).toBeVisible()
  await page.getByLabel('Duration', { exact: true }).fill('1:30')
  await page.getByLabel('Track', { exact: true }).selectOption({ label: 'Web backend' })
  await page.getByLabel('Note (optional)').fill('Django tutorial')
  await page.getByRole('button', { name: 'Add entry' }).click()
  await expect(page.getByText('Logged 1 h 30 min on Web backend.')).toBeVisible()
  await expect(verdict).toContainText('AI/ML 0%')
  await expect(verdict).toContainText('below your 70%–80% band')
  // The share chart shows it too, as a chart and as a table.
  const share = page.getByRole('region', { name: 'Share of study time by track' })
  await expect(share.locator('svg')).toBeVisible()
  await share.getByRole('button', { name: 'Table' }).click()
  await expect(share.getByRole('row', { name: /Web backend/ })).toContainText('1.5')

  // 2. A timer on an ML milestone, surviving a reload.
  await page.getByRole('link', { name: 'List', exact: true }).click()
  const card = page.locator('li.milestone').first()
  const title = (await card.locator('h3').textContent())!.trim()
  await card.getByRole('button', { name: `Start timer: “${title}”` }).click()
  await expect(page.getByTestId('timer-bar')).toContainText(`Timer running: ${title}`)
  await waitUntilSaved(page)
  await page.clock.runFor(60 * 60_000) // an hour passes
  await page.reload()
  await expect(page.getByTestId('timer-bar')).toContainText('1:00:')
  await page.getByTestId('timer-bar').getByRole('button', { name: 'Pause' }).click()
  await page.getByTestId('timer-bar').getByRole('button', { name: 'Stop and log' }).click()
  await expect(page.getByTestId('timer-bar')).toHaveCount(0)
  await expect(card.getByTestId('logged')).toContainText('Logged 1 h of')

  await page.getByRole('link', { name: 'Time', exact: true }).click()
  await expect(verdict).toContainText('AI/ML 40%') // 60 of 150 minutes
  await waitUntilSaved(page)

  // 3. Still all there after a reload; entries can be edited and deleted (and undone).
  await page.reload()
  await expect(verdict).toContainText('AI/ML 40%')
  const entries = page.getByRole('region', { name: /Week of/ }).first()
  await expect(entries.getByRole('listitem')).toHaveCount(2)
  await entries
    .getByRole('button', { name: /^Edit the entry/ })
    .last()
    .click()
  await entries.getByLabel('Duration').fill('4:00')
  await entries.getByRole('button', { name: 'Save' }).click()
  await expect(verdict).toContainText('AI/ML') // recomputed
  await entries
    .getByRole('button', { name: /^Delete the entry/ })
    .first()
    .click()
  await expect(entries.getByRole('listitem')).toHaveCount(1)
  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(entries.getByRole('listitem')).toHaveCount(2)
})

test('a timer forgotten for more than 8 hours asks before it is logged', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-27T08:00:00+09:00') })
  await finishQuestionnaire(page)
  await page.getByRole('link', { name: 'Time', exact: true }).click()
  await page.getByRole('button', { name: 'Start timer' }).click()
  await page.clock.runFor(10 * 3600_000)
  await page.getByTestId('timer-bar').getByRole('button', { name: 'Stop and log' }).click()
  const dialog = page.getByRole('dialog', { name: /This timer ran for 10 h/ })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('Duration').fill('2:15')
  await dialog.getByRole('button', { name: 'Log this time' }).click()
  await expect(page.getByTestId('timer-bar')).toHaveCount(0)
  await expect(page.getByText('2 h 15 min total')).toBeVisible()
})
