import { readFileSync } from 'node:fs'
import { deflateRawSync } from 'node:zlib'
import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'
import { getStoredValue } from './idb'

/**
 * The default roadmap's link, measured when the compact format was made (issue #15): 1,684
 * characters of hash in English (1,880 in Korean; 21,851 before). The whole link, origin
 * included, must stay within 2,000 characters: what chat apps carry without cutting it.
 */
const MAX_LINK = 2_000

async function openRoadmaps(page: Page) {
  await page.getByRole('link', { name: 'Roadmaps' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roadmaps')
}

const names = (page: Page) => page.getByTestId('roadmap-list').getByRole('heading', { level: 2 })

async function shareLink(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Copy share link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  await expect(page.getByTestId('share-length')).toHaveText(
    `Link: ${link.length.toLocaleString('en-US')} characters`,
  )
  return link
}

test('a short share link opens read-only in a fresh browser: name, progress and graph', async ({
  page,
  browser,
  baseURL,
}) => {
  await finishQuestionnaire(page)
  await openList(page)
  const first = page.locator('li.milestone').first()
  await first.getByText('Done', { exact: true }).click()
  await expect(first.getByRole('radio', { name: 'Done' })).toBeChecked()
  const overall = (await page.getByTestId('overall-progress').textContent())!
  const done = /(\d+ of \d+ milestones done)/.exec(overall)![1]!
  await openRoadmaps(page)

  // English titles by default in an English UI; the shortest link.
  await expect(page.getByRole('radio', { name: 'English', exact: true })).toBeChecked()
  const link = await shareLink(page)
  expect(link).toMatch(/\/shared#2\.[A-Za-z0-9_-]+$/)
  expect(link.length).toBeLessThanOrEqual(MAX_LINK)
  // Both languages: longer, and the length shown follows.
  await page.getByRole('radio', { name: 'Korean and English' }).check()
  await expect(page.getByRole('textbox', { name: 'Share link' })).toHaveCount(0)
  const both = await shareLink(page)
  expect(both.length).toBeGreaterThan(link.length)

  // A browser that has never opened the app: nothing stored, no roadmap of its own.
  const context = await browser.newContext({ baseURL })
  const other = await context.newPage()
  const errors: string[] = []
  other.on('pageerror', (e) => errors.push(e.message))
  await other.goto(link)
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Shared roadmap')
  await expect(other.getByRole('heading', { level: 2 })).toHaveText('AI engineer roadmap')
  const progress = other.getByTestId('shared-progress')
  await expect(progress).toContainText(done)
  await expect(progress.getByRole('progressbar', { name: 'Overall progress' })).toHaveAttribute(
    'aria-valuenow',
    /^[1-9]\d*$/,
  )
  const graph = other.getByRole('img', {
    name: /^The graph of “AI engineer roadmap”: \d+ milestones/,
  })
  await expect(graph).toBeVisible()
  expect(await graph.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(300)
  // Read-only: the page's only buttons are the zoom and "Save a copy"; no card, no editor.
  await expect(other.locator('main').getByRole('button')).toHaveText([
    'Zoom out',
    'Zoom in',
    'Fit',
    'Save a copy',
  ])
  await expect(other.locator('main textarea, main input, main [role="slider"]')).toHaveCount(0)
  const shown = await graph.evaluate((img: HTMLImageElement) => img.width)
  await other.getByRole('button', { name: 'Zoom in' }).click()
  await expect
    .poll(() => graph.evaluate((img: HTMLImageElement) => img.width))
    .toBeGreaterThan(shown)
  // The milestones as text, with their status.
  await other.getByText(/^Milestones as a list \(\d+\)$/).click()
  await expect(other.getByRole('listitem').filter({ hasText: /: Done$/ })).toHaveCount(1)
  // Opening a link stores nothing.
  expect(await getStoredValue(other)).toBeUndefined()

  await other.getByRole('button', { name: 'Save a copy' }).click()
  await expect(other.getByText('A copy was saved in your roadmaps.')).toBeVisible()
  await other.getByRole('link', { name: 'Open the copy' }).click()
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')
  expect(errors).toEqual([])
  await context.close()
})

test('an old-format link still opens; a cut-off or changed link says so and stores nothing', async ({
  page,
  browser,
  baseURL,
}) => {
  await finishQuestionnaire(page)
  await openRoadmaps(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this roadmap' }).click(),
  ])
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
    data: { roadmap: unknown; timeLog: unknown }
  }
  // The first format: the whole export, as links were made before the compact one.
  const old = deflateRawSync(
    JSON.stringify({ ...file, data: { roadmap: file.data.roadmap, timeLog: null } }),
  ).toString('base64url')
  const link = await shareLink(page)

  const context = await browser.newContext({ baseURL })
  const other = await context.newPage()
  await other.goto(`/shared#${old}`)
  await expect(other.getByRole('heading', { level: 2 })).toHaveText('AI engineer roadmap')
  await expect(
    other.getByRole('img', { name: /^The graph of “AI engineer roadmap”/ }),
  ).toBeVisible()
  await expect(other.getByTestId('shared-progress')).toContainText(/0 of \d+ milestones done/)

  for (const broken of [link.slice(0, -40), link.replace(/#2\.(.{10})/, '#2.AAAAAAAAAA')]) {
    await other.goto(broken)
    await other.reload()
    await expect(other.getByRole('alert')).toHaveText(
      'This link is broken or was changed, so it cannot be opened: it may have been cut off when it was copied. Ask for a new link or for the file. Nothing was saved.',
    )
    await expect(other.getByRole('button', { name: 'Save a copy' })).toHaveCount(0)
  }
  expect(await getStoredValue(other)).toBeUndefined()
  await context.close()
})

test('importing the same file twice: "Add as new" names the copy, "Replace" backs up first and replaces', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await openRoadmaps(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this roadmap' }).click(),
  ])
  const path = (await download.path())!
  const input = page.getByLabel('File to import')
  const preview = page.getByTestId('import-preview')

  await input.setInputFiles(path)
  await expect(preview).toContainText(
    'You already have this roadmap: “AI engineer roadmap”. Replace it with the file’s version, or add the file beside it as a new roadmap.',
  )
  await expect(preview.getByRole('button')).toHaveText([
    'Replace “AI engineer roadmap”…',
    'Add as a new roadmap',
    'Cancel',
  ])
  await page.getByRole('button', { name: 'Add as a new roadmap' }).click()
  await expect(page.getByText('“AI engineer roadmap (2)” was added and is now open.')).toBeVisible()
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'AI engineer roadmap (2)'])
  await expect(page.getByRole('button', { name: /^Delete / })).toHaveText(['Delete', 'Delete'])
  await expect(page.getByRole('button', { name: 'Delete AI engineer roadmap (2)' })).toHaveCount(1)

  // The original, renamed, then imported again: the file is that roadmap (same id).
  await page.getByRole('button', { name: 'Rename AI engineer roadmap', exact: true }).click()
  await page.getByLabel('New name for AI engineer roadmap', { exact: true }).fill('Mine')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(names(page)).toHaveText(['Mine', 'AI engineer roadmap (2)'])
  await waitUntilSaved(page)

  await input.setInputFiles(path)
  await expect(preview).toContainText('You already have this roadmap: “Mine”.')
  await page.getByRole('button', { name: 'Replace “Mine”…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Replace “Mine”?' })
  await expect(dialog).toContainText('first kept in Settings → Backups and downloaded as a file')
  const [before] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Replace roadmap' }).click(),
  ])
  expect(before.suggestedFilename()).toMatch(/^ml-roadmap-before-import-\d{4}-\d{2}-\d{2}\.json$/)
  await expect(
    page.getByText('“AI engineer roadmap” was replaced by the file’s version and is now open.'),
  ).toBeVisible()
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'AI engineer roadmap (2)'])
  await waitUntilSaved(page)

  // The data from before the replace is the newest backup, ready to restore.
  await page.getByRole('link', { name: 'Settings' }).click()
  const backups = page
    .getByRole('region', { name: 'Backups in this browser' })
    .getByRole('list', { name: 'Backups, newest first' })
  await expect(backups.getByRole('listitem').first()).toContainText(
    '2 roadmaps: Mine, AI engineer roadmap (2)',
  )
})
