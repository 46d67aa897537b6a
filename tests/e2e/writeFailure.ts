import type { BrowserContext, Page } from '@playwright/test'
import { finishQuestionnaire, openList, waitUntilSaved } from './fixtures'

type Flagged = { failWrites: boolean }

/**
 * Makes every write of the app's data in `target` (a page, or every page of a context) throw a
 * QuotaExceededError — a full disk — while that page's flag is set with `failWrites`.
 */
export async function failWritesOnDemand(target: Page | BrowserContext) {
  await target.addInitScript(() => {
    const w = window as unknown as { failWrites: boolean }
    w.failWrites = false
    const put = IDBObjectStore.prototype.put
    IDBObjectStore.prototype.put = function (
      this: IDBObjectStore,
      value: unknown,
      key?: IDBValidKey,
    ) {
      if (w.failWrites && key === 'app-data')
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return put.call(this, value, key)
    }
  })
}

/** Sets or clears the page's write failure (see `failWritesOnDemand`). */
export const failWrites = (page: Page, fail: boolean) =>
  page.evaluate((on) => ((window as unknown as Flagged).failWrites = on), fail)

/** A roadmap open on the list, saved, after which every write of the app's data fails. */
export async function onListWithFailingWrites(page: Page) {
  await failWritesOnDemand(page)
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await openList(page)
  await failWrites(page, true)
}
