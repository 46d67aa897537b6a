import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US' })

/** Marks the first milestone of the list done and checks it took. */
async function markFirstDone(page: import('@playwright/test').Page) {
  const first = page.locator('li.milestone').first()
  await first.getByText('Done', { exact: true }).click()
  await expect(first.getByRole('radio', { name: 'Done' })).toBeChecked()
}

test('an edit survives a reload done immediately after it', async ({ page }) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await openList(page)
  await markFirstDone(page)
  await page.reload() // no wait: the pending change is flushed as the page hides
  await expect(
    page.locator('li.milestone').first().getByRole('radio', { name: 'Done' }),
  ).toBeChecked()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')
})

test('an edit survives a reload done 1 s later', async ({ page }) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await openList(page)
  await markFirstDone(page)
  await page.waitForTimeout(1000)
  await page.reload()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')
})

test('an edit survives closing the tab immediately after it', async ({ page, context }) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await openList(page)
  await markFirstDone(page)
  await page.close({ runBeforeUnload: true })
  const again = await context.newPage()
  await again.goto('/list')
  await expect(again.getByTestId('overall-progress')).toContainText('1 of')
})
