import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, waitUntilSaved } from './fixtures'
import { getStoredValue, putStoredValue } from './idb'

test.use({ locale: 'en-US' })

/**
 * A roadmap made from an older template (tests/fixtures/old-template-roadmap.json: generated from
 * template 2, marked as version 1), with progress: statuses, a note, a link, a paper, logged time.
 * Only milestones unlikely to leave any template are asserted on, and counts come from the preview,
 * so the spec holds when the app's template changes.
 */
const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/old-template-roadmap.json', import.meta.url), 'utf8'),
)

const item = (page: Page, id: string) => page.locator(`li.milestone[data-milestone="${id}"]`)
const status = (page: Page, id: string, name: string) =>
  item(page, id).getByRole('radio', { name, exact: true })

async function expectProgressKept(page: Page) {
  await expect(status(page, 'read-papers', 'Done')).toBeChecked()
  await expect(status(page, 'cs231n', 'Done')).toBeChecked()
  await expect(status(page, 'ps-basics', 'Done')).toBeChecked()
  await expect(status(page, 'reproduce-paper', 'In progress')).toBeChecked()
  await expect(status(page, 'web-basics', 'In progress')).toBeChecked()
  await expect(item(page, 'read-papers')).toContainText('papers: 1') // the paper evidence record
  await expect(
    item(page, 'read-papers').getByRole('link', { name: 'My reading list' }),
  ).toBeVisible()
  await expect(item(page, 'read-papers').getByTestId('logged')).toBeVisible()
  await expect(item(page, 'web-basics').getByTestId('logged')).toBeVisible()
}

/** Opens the preview and returns the number of milestones it adds and removes. */
async function openPreview(page: Page) {
  await page.getByRole('button', { name: 'See what would change' }).click()
  const dialog = page.getByRole('dialog', { name: /Update to the mentor’s revised plan/ })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText('Statuses, notes, links, evidence and logged time stay')
  const count = (section: string) => dialog.locator(`[data-section="${section}"] li`).count()
  return { dialog, added: await count('added'), removed: await count('removed') }
}

test('an old-template roadmap is updated with its progress kept, and the update can be undone', async ({
  page,
}) => {
  await page.goto('/welcome')
  // The app has opened (and created) its database before the fixture is written into it.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  await putStoredValue(page, fixture)
  await page.goto('/list')
  const banner = page.getByTestId('template-update')
  await expect(banner).toContainText('The mentor’s plan was revised')
  const before = await page.locator('li.milestone').count()
  await expectProgressKept(page)

  // "Not now" in the preview changes nothing.
  let preview = await openPreview(page)
  await preview.dialog.getByRole('button', { name: 'Not now' }).click()
  await expect(preview.dialog).toBeHidden()
  await expect(banner).toBeHidden()
  await page.reload()
  await expect(banner).toContainText('The mentor’s plan was revised') // hidden for the session only

  preview = await openPreview(page)
  await preview.dialog.getByRole('button', { name: 'Update', exact: true }).click()
  await expect(banner).toContainText('Your roadmap now follows the mentor’s revised plan')
  await expect(page.getByRole('button', { name: 'See what would change' })).toHaveCount(0)
  const after = before + preview.added - preview.removed
  await expect(page.locator('li.milestone')).toHaveCount(after)
  await expectProgressKept(page)

  // Undo brings the old version back, and the offer with it.
  await banner.getByRole('button', { name: 'Undo' }).click()
  await expect(page.getByRole('button', { name: 'See what would change' })).toBeFocused()
  await expect(page.locator('li.milestone')).toHaveCount(before)
  await expectProgressKept(page)
  await waitUntilSaved(page)
  const undone = (await getStoredValue(page)) as typeof fixture
  expect(undone.data.roadmaps[0].templateVersion).toBe(1)

  // Confirmed again, the update survives a reload.
  preview = await openPreview(page)
  await preview.dialog.getByRole('button', { name: 'Update', exact: true }).click()
  await expect(banner.getByRole('button', { name: 'Undo' })).toBeFocused()
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.locator('li.milestone')).toHaveCount(after)
  await expect(page.getByTestId('template-update')).toHaveCount(0)
  await expectProgressKept(page)
  const stored = (await getStoredValue(page)) as typeof fixture
  const roadmap = stored.data.roadmaps[0]
  expect(roadmap.templateVersion).toBeGreaterThan(1)
  const readPapers = roadmap.milestones.find((m: { id: string }) => m.id === 'read-papers')
  expect(readPapers.notes).toBe('Read three detection papers')
  expect(readPapers.links).toContainEqual({
    label: 'My reading list',
    url: 'https://example.com/reading-list',
  })
  expect(stored.data.timeLogs[roadmap.id].entries).toHaveLength(2)

  // The logged time is still on the time view.
  await page.goto('/time')
  await expect(page.getByText('Nothing logged yet.')).toHaveCount(0)
})

for (const colorScheme of ['light', 'dark'] as const)
  test(`the offer and the preview are accessible at 360 px, ${colorScheme}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.emulateMedia({ colorScheme })
    await page.goto('/welcome')
    // The app has opened (and created) its database before the fixture is written into it.
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await putStoredValue(page, fixture)
    await page.goto('/')
    await expect(page.getByTestId('template-update')).toBeVisible()
    const axe = async () => (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)
    expect(await axe()).toEqual([])
    const { dialog } = await openPreview(page)
    await expect(dialog.getByRole('button', { name: 'Not now' })).toBeFocused()
    const box = await dialog.boundingBox()
    expect(box!.width).toBeLessThanOrEqual(360)
    expect(await axe()).toEqual([])
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('template-update')).toBeVisible() // Escape only closes it
  })
