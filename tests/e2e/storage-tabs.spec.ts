import { expect, test, twoTabs, waitUntilSaved } from './fixtures'
import { getStoredValue, putStoredValue } from './idb'

test.use({ locale: 'en-US' })

/** The autosave debounce (AUTOSAVE_DELAY_MS), after which the 500 ms promise starts. */
const DEBOUNCE_MS = 300

test('an edit in one tab appears in the other within 500 ms, and neither overwrites the other', async ({
  page: a,
  context,
}) => {
  const b = await twoTabs(a, context)

  const doneIn = (page: typeof a, i: number) =>
    page.locator('li.milestone').nth(i).getByRole('radio', { name: 'Done' })

  await a.locator('li.milestone').nth(0).getByText('Done', { exact: true }).click()
  await expect(doneIn(b, 0)).toBeChecked({ timeout: DEBOUNCE_MS + 500 })

  // B edits after A: A's edit is kept, and B's reaches A.
  await b.locator('li.milestone').nth(1).getByText('Done', { exact: true }).click()
  await expect(doneIn(a, 1)).toBeChecked({ timeout: DEBOUNCE_MS + 500 })
  await expect(doneIn(a, 0)).toBeChecked()
  await waitUntilSaved(a)
  await waitUntilSaved(b)

  const stored = (await getStoredValue(a)) as { revision: number }
  expect(stored.revision).toBeGreaterThanOrEqual(2)
  for (const page of [a, b]) {
    await page.reload()
    await expect(doneIn(page, 0)).toBeChecked()
    await expect(doneIn(page, 1)).toBeChecked()
  }
})

test('a tab stops writing when a newer version of the app is open in another tab', async ({
  page: a,
  context,
}) => {
  const b = await twoTabs(a, context)
  const before = await getStoredValue(a)

  // What a newer build announces after its save.
  await b.evaluate(() => {
    const channel = new BroadcastChannel('ml-roadmap-planner')
    channel.postMessage({ revision: 1000, schemaVersion: 1000 })
    channel.close()
  })
  const banner = a.getByTestId('outdated')
  await expect(banner).toContainText('A newer version of this app is open in another tab')
  await expect(banner.getByRole('button', { name: 'Reload this tab' })).toBeVisible()
  await expect(a.getByTestId('save-status')).toHaveAttribute('data-status', 'outdated')

  await a.locator('li.milestone').first().getByText('Done', { exact: true }).click()
  await expect(a.locator('li.milestone').first().getByRole('radio', { name: 'Done' })).toBeChecked()
  // The reload is the signal: whatever tab A wrote (at once, late, or while unloading) is
  // committed or given up by the time the next page reads, and a journal would be replayed.
  await a.reload()
  await waitUntilSaved(a)
  expect(await getStoredValue(a)).toEqual(before)
  // A known later write lands exactly one revision on, without tab A's edit in it.
  const second = a.locator('li.milestone').nth(1)
  await second.getByText('Done', { exact: true }).click()
  const revision = (before as { revision: number }).revision
  await expect
    .poll(async () => ((await getStoredValue(a)) as { revision: number }).revision)
    .toBe(revision + 1)
  const after = (await getStoredValue(a)) as {
    revision: number
    data: { roadmaps: { milestones: { status: string }[] }[] }
  }
  expect(after.revision).toBe(revision + 1)
  expect(after.data.roadmaps[0]?.milestones.slice(0, 2).map((m) => m.status)).toEqual([
    'todo',
    'done',
  ])
})

test('a tab that missed the announcement still never writes over data of a newer version', async ({
  page: a,
  context,
}) => {
  const b = await twoTabs(a, context)
  // What a newer build leaves in IndexedDB, with no BroadcastChannel message reaching tab A.
  const current = (await getStoredValue(b)) as { schemaVersion: number; revision: number }
  const newer = {
    ...current,
    schemaVersion: current.schemaVersion + 1,
    revision: current.revision + 1,
  }
  await putStoredValue(b, newer)
  await b.close()

  await a.locator('li.milestone').first().getByText('Done', { exact: true }).click()
  await expect(a.getByTestId('save-status')).toHaveAttribute('data-status', 'outdated', {
    timeout: 3000,
  })
  await expect(a.getByTestId('outdated')).toContainText('A newer version of this app is open')
  expect(await getStoredValue(a)).toEqual(newer)
})
