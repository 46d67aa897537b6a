import type { Page } from '@playwright/test'
import { expect, test, twoTabs, waitUntilSaved } from './fixtures'
import { getStoredValue } from './idb'
import { failWrites, failWritesOnDemand } from './writeFailure'

test.use({ locale: 'en-US' })

test('the same field changed in two tabs is shown, and the other field edits both survive', async ({
  page: a,
  context,
}) => {
  // While a tab's flag is set, its writes of the app's data throw (a disk that is full).
  await failWritesOnDemand(context)
  const b = await twoTabs(a, context)
  const row = (page: Page, i: number) => page.locator('li.milestone').nth(i)
  const title = (await row(a, 0).locator('h3, .title').first().textContent())!.trim()

  // B cannot save: its edits wait in memory ("Not saved").
  await failWrites(b, true)
  await row(b, 0).getByText('Skipped', { exact: true }).click()
  await row(b, 2).getByText('In progress', { exact: true }).click()
  await expect(b.getByTestId('save-status')).toHaveText('Not saved')

  // A changes the same milestone's status, and another one; B takes A's save in and merges.
  await row(a, 0).getByText('Done', { exact: true }).click()
  await row(a, 1).getByText('Done', { exact: true }).click()
  await waitUntilSaved(a)
  const notice = b.getByTestId('conflict-notice')
  await expect(notice).toContainText('Another tab changed the same thing as this one.')
  await expect(notice.getByRole('listitem')).toHaveText([
    `Status of “${title}” — The other tab had: Done`,
  ])
  await expect(a.getByTestId('conflict-notice')).toHaveCount(0)
  // B shows its own value for the conflicting field and A's other edit.
  await expect(row(b, 0).getByRole('radio', { name: 'Skipped' })).toBeChecked()
  await expect(row(b, 1).getByRole('radio', { name: 'Done' })).toBeChecked()

  // B can save again: the merged data is stored, and A shows it.
  await failWrites(b, false)
  await b.getByRole('button', { name: 'Retry now' }).click()
  await waitUntilSaved(b)
  await expect(row(a, 0).getByRole('radio', { name: 'Skipped' })).toBeChecked()
  await expect(row(a, 2).getByRole('radio', { name: 'In progress' })).toBeChecked()
  const stored = (await getStoredValue(a)) as {
    data: { roadmaps: { milestones: { status: string }[] }[] }
  }
  const ids = await a
    .locator('li.milestone')
    .evaluateAll((els) => els.slice(0, 3).map((e) => e.id.replace(/^m-/, '')))
  const statuses = ids.map(
    (id) =>
      (stored.data.roadmaps[0]!.milestones as { id?: string; status: string }[]).find(
        (m) => m.id === id,
      )?.status,
  )
  expect(statuses).toEqual(['skipped', 'done', 'in-progress'])

  await notice.getByRole('button', { name: 'Got it' }).click()
  await expect(notice).toHaveCount(0)
})
