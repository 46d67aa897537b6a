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

  // Using the app meanwhile does not write over the stored copy. The reload is the signal:
  // whatever the page wrote (at once, late, or while unloading) is committed or given up by
  // the time the next page reads, and nothing is left in the unload journal either.
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await expect(recovery.getByRole('button', { name: '저장된 데이터 내려받기' })).toBeVisible()
  await page.reload()
  await expect(recovery).toBeVisible()
  expect(await getStoredValue(page)).toEqual(garbage)
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes(':journal:'))),
  ).toEqual([])

  // The language was not saved either: chosen again, for the download below.
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  const download = page.waitForEvent('download')
  await recovery.getByRole('button', { name: '저장된 데이터 내려받기' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^ml-roadmap-unreadable-.*\.json$/)
})
