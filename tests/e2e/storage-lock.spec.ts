import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US' })

test('a tab opened while storage is held elsewhere says it is waiting, then opens', async ({
  page,
  context,
}) => {
  await finishQuestionnaire(page)
  await waitUntilSaved(page)

  // Another page of the origin keeps a connection open and asks for a newer version: the
  // upgrade waits for that connection, and every later open of the database waits behind it.
  const holder = await context.newPage()
  await holder.goto('/manifest.webmanifest')
  await holder.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const first = indexedDB.open('ml-roadmap-planner')
        first.onerror = () => reject(first.error)
        first.onsuccess = () => {
          const held = first.result
          ;(window as unknown as { held: IDBDatabase }).held = held
          const upgrade = indexedDB.open('ml-roadmap-planner', held.version + 1)
          upgrade.onblocked = () => resolve()
          upgrade.onsuccess = () => upgrade.result.close()
        }
      }),
  )

  const late = await context.newPage()
  await late.goto('/list')
  await expect(late.getByTestId('storage-waiting')).toHaveText(
    /Waiting for the browser’s storage… Another tab of this app may be using it/,
    { timeout: 5000 },
  )
  await expect(late.getByRole('heading', { level: 1 })).toHaveCount(0)

  // The other page lets go: the tab opens with the data.
  await holder.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close())
  await expect(late.getByRole('heading', { level: 1, name: 'AI engineer roadmap' })).toBeVisible()
  await expect(late.getByTestId('storage-waiting')).toHaveCount(0)
  await expect(late.getByTestId('save-status')).toHaveAttribute('data-status', 'saved')
})
