import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US' })

// Every text field autosaves while the user types: nothing waits for the field to lose focus,
// so a reload with the cursor still in the field keeps what was typed.

test('study hours per week, typed in Settings, survive a reload with the field still focused', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const hours = page.getByLabel('Study hours per week')
  await hours.fill('')
  await hours.pressSequentially('23')
  await expect(hours).toBeFocused()
  await expect(page.getByText('Weekly hours updated.')).toBeVisible()
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.getByLabel('Study hours per week')).toHaveValue('23')
})

test('a weekly target, typed on the Time view, survives a reload with the field still focused', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await page.getByRole('link', { name: 'Time', exact: true }).click()
  const target = page.locator('input[id^="target-"]').first()
  await target.fill('')
  await target.pressSequentially('7.5')
  await expect(target).toBeFocused()
  // At once: the typing is handed to the store and journaled as the page goes away.
  await page.reload()
  await expect(page.locator('input[id^="target-"]').first()).toHaveValue('7.5')
})
