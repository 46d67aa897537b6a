import type { BrowserContext, Dialog, Page } from '@playwright/test'
import { expect, finishQuestionnaire, openList, test, twoTabs, waitUntilSaved } from './fixtures'
import { getStoredValue } from './idb'
import { failWrites, failWritesOnDemand, onListWithFailingWrites } from './writeFailure'

test.use({ locale: 'en-US' })

interface Stored {
  revision: number
  data: { roadmaps: { milestones: { id: string; status: string }[] }[] }
}

/** The stored status of each milestone of the first roadmap, by id. */
async function storedStatuses(page: Page): Promise<Record<string, string>> {
  const stored = (await getStoredValue(page)) as Stored | undefined
  return Object.fromEntries(
    (stored?.data.roadmaps[0]?.milestones ?? []).map((m) => [`m-${m.id}`, m.status]),
  )
}

/** Marks milestone `i` of the list done; resolves to its element id (`m-<id>`). */
async function markDone(page: Page, i: number): Promise<string> {
  const item = page.locator('li.milestone').nth(i)
  await item.getByText('Done', { exact: true }).click()
  await expect(item.getByRole('radio', { name: 'Done' })).toBeChecked()
  return (await item.getAttribute('id'))!
}

/** Two tabs on the list, the first milestone done and saved in both; `first` is its id. */
async function twoTabsOneDone(a: Page, context: BrowserContext) {
  const b = await twoTabs(a, context)
  const first = await markDone(a, 0)
  await waitUntilSaved(a)
  await waitUntilSaved(b)
  return { b, first }
}

test.describe('the database deleted under the app', () => {
  test('“clear site data” from another tab: the next edit is saved again, and a reload shows it', async ({
    page: a,
    context,
  }) => {
    const { b, first } = await twoTabsOneDone(a, context)

    // Tab B clears the site's IndexedDB the way the browser's "clear site data" does.
    const cdp = await context.newCDPSession(b)
    await cdp.send('Storage.clearDataForOrigin', {
      origin: new URL(b.url()).origin,
      storageTypes: 'indexeddb',
    })
    await b.close()

    const second = await markDone(a, 1)
    await expect(a.getByTestId('save-status')).toHaveText(/^Saved/, { timeout: 10_000 })
    await expect(a.getByTestId('save-status')).toHaveAttribute('data-status', 'saved')
    // The edit before the deletion is stored again too: the tab still had it.
    const statuses = await storedStatuses(a)
    expect(statuses[first]).toBe('done')
    expect(statuses[second]).toBe('done')
    await a.reload()
    await expect(a.getByTestId('overall-progress')).toContainText('2 of')
  })

  test('deleteDatabase from another tab: the app writes its data back at once', async ({
    page: a,
    context,
  }) => {
    const { b, first } = await twoTabsOneDone(a, context)
    const before = (await getStoredValue(a)) as Stored
    await b.close()
    // A page of the same site that deletes the database (it waits for the app to let go).
    const c = await context.newPage()
    await c.goto('/favicon.svg')
    await c.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const req = indexedDB.deleteDatabase('ml-roadmap-planner')
          req.onsuccess = () => resolve()
          req.onerror = () => reject(req.error)
        }),
    )
    await c.close()

    // Written back without waiting for an edit, as the revision after the tab's last one.
    await expect
      .poll(async () => ((await getStoredValue(a)) as Stored | undefined)?.revision, {
        timeout: 5000,
      })
      .toBe(before.revision + 1)
    expect((await storedStatuses(a))[first]).toBe('done')
    const second = await markDone(a, 1)
    await expect
      .poll(async () => ((await getStoredValue(a)) as Stored).revision, { timeout: 5000 })
      .toBe(before.revision + 2)
    expect((await storedStatuses(a))[second]).toBe('done')
    await a.reload()
    await expect(a.getByTestId('overall-progress')).toContainText('2 of')
  })
})

test.describe('leaving with changes not saved', () => {
  test('asks first when saving fails, and the edit is still there when the user stays', async ({
    page,
  }) => {
    await onListWithFailingWrites(page)
    await markDone(page, 0)
    await expect(page.getByTestId('save-status')).toHaveText('Not saved', { timeout: 2000 })

    const dialogs: Dialog[] = []
    const asked = new Promise<Dialog>((resolve) =>
      page.once('dialog', (dialog) => {
        dialogs.push(dialog)
        resolve(dialog)
      }),
    )
    await page.close({ runBeforeUnload: true })
    const dialog = await asked
    expect(dialog.type()).toBe('beforeunload')
    await dialog.dismiss() // "Stay on page"
    expect(page.isClosed()).toBe(false)
    await expect(page.getByTestId('overall-progress')).toContainText('1 of')

    // Once saving works again and the edit is stored, leaving asks nothing.
    await failWrites(page, false)
    await page.getByRole('button', { name: 'Retry now' }).click()
    await waitUntilSaved(page)
    page.on('dialog', (d) => {
      dialogs.push(d)
      void d.accept()
    })
    const closed = new Promise<void>((resolve) => page.once('close', () => resolve()))
    await page.close({ runBeforeUnload: true })
    await closed
    expect(dialogs.map((d) => d.type())).toEqual(['beforeunload'])
  })

  test('a reload with everything saved asks nothing, and one while saving fails asks first', async ({
    page,
  }) => {
    await failWritesOnDemand(page)
    await finishQuestionnaire(page)
    await waitUntilSaved(page)
    await openList(page)
    await markDone(page, 0)
    await waitUntilSaved(page)
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type())
      void dialog.accept()
    })
    await page.reload()
    await expect(page.getByTestId('overall-progress')).toContainText('1 of')
    expect(dialogs).toEqual([])

    await failWrites(page, true)
    await markDone(page, 1)
    await expect(page.getByTestId('save-status')).toHaveText('Not saved', { timeout: 2000 })
    await page.reload()
    expect(dialogs).toEqual(['beforeunload'])
  })
})
