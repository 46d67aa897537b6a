import { readFileSync } from 'node:fs'
import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'
import { putStoredValue, storedKeys } from './idb'
import { failWrites, onListWithFailingWrites } from './writeFailure'

test.use({ locale: 'en-US' })

test('a write refused for quota says "Not saved" within 2 s, keeps the edit, then saves', async ({
  page,
}) => {
  await onListWithFailingWrites(page)

  const first = page.locator('li.milestone').first()
  await first.getByText('Done', { exact: true }).click()
  const status = page.getByTestId('save-status')
  await expect(status).toHaveText('Not saved', { timeout: 2000 })
  await expect(page.getByRole('alert')).toContainText('QuotaExceededError')
  await expect(first.getByRole('radio', { name: 'Done' })).toBeChecked()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')

  // Export still works while saving fails, and the file has the unsaved edit.
  const doneId = await first.getAttribute('id')
  await page.getByRole('link', { name: 'Roadmaps' }).click()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download everything (backup)' }).click(),
  ])
  const backup = JSON.parse(readFileSync((await download.path())!, 'utf8'))
  expect(backup.kind).toBe('backup')
  const exported = backup.data.roadmaps[0].milestones as { id: string; status: string }[]
  expect(exported.filter((m) => m.status === 'done').map((m) => `m-${m.id}`)).toEqual([doneId])
  await expect(status).toHaveText('Not saved')
  await openList(page)

  await failWrites(page, false)
  await expect(status).toHaveAttribute('data-status', 'saved', { timeout: 10_000 })
  await expect(status).toContainText('Saved')
  await page.reload()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')
})

test('unreadable data can be replaced by the latest good backup, kept aside first', async ({
  page,
}) => {
  page.on('dialog', (dialog) => void dialog.accept())
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await page.reload() // loading good data takes a backup, written after the load
  await waitUntilSaved(page)
  await expect
    .poll(async () => (await storedKeys(page)).some((k) => k.startsWith('backup-')))
    .toBe(true)
  await putStoredValue(page, { schemaVersion: 2, savedAt: 'x', data: { roadmaps: 'broken' } })
  await page.reload()
  const recovery = page.getByTestId('recovery')
  await expect(recovery).toBeVisible()
  await recovery.getByRole('button', { name: /Restore the latest good backup/ }).click()
  await expect(recovery).toHaveCount(0)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')
  await waitUntilSaved(page)
  const keys = await storedKeys(page)
  expect(keys.some((k) => k.startsWith('unreadable-'))).toBe(true)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')
})
