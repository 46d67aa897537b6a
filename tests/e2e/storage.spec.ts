import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'
import { getStoredValue, putStoredValue } from './idb'

test.use({ locale: 'en-US' })

test('without IndexedDB the app still works and says changes will not be saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
  })
  await finishQuestionnaire(page)
  await expect(page.getByTestId('storage-unavailable')).toContainText('changes will not be saved')
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'memory-only')
  expect(await page.evaluate(() => localStorage.length)).toBe(0)
})

test('stored data that fails validation is kept, never overwritten, and can be downloaded', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  const garbage = {
    schemaVersion: 1,
    savedAt: '2026-01-01T00:00:00.000Z',
    data: { roadmaps: [{ id: 'BAD ID' }] },
  }
  await putStoredValue(page, garbage)

  await page.reload()
  const recovery = page.getByTestId('recovery')
  await expect(recovery).toContainText('Your saved data could not be opened')
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'paused')

  // Using the app meanwhile does not write over the stored copy.
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await page.waitForTimeout(800)
  const stored = await getStoredValue(page)
  expect(stored).toEqual(garbage)

  const download = page.waitForEvent('download')
  await recovery.getByRole('button', { name: '저장된 데이터 내려받기' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^ml-roadmap-unreadable-.*\.json$/)
})
