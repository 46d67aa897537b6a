import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, test, waitUntilSaved } from './fixtures'

const corpusDir = join(process.cwd(), 'tests', 'fixtures', 'bad-input')
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.json'))

async function openRoadmaps(page: Page) {
  await page.getByRole('link', { name: 'Roadmaps' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roadmaps')
}

const names = (page: Page) => page.getByTestId('roadmap-list').getByRole('heading', { level: 2 })

/** Nothing from a file ran or was injected as markup, and no prototype was polluted. */
async function expectNothingInjected(page: Page) {
  const found = await page.evaluate(() => ({
    polluted: ({} as Record<string, unknown>).polluted,
    xss: (window as unknown as { __xss?: unknown }).__xss,
    scripts: document.querySelectorAll('#app script').length,
    handlers: document.querySelectorAll('#app [onerror], #app [onload], #app img').length,
  }))
  expect(found).toEqual({ polluted: undefined, xss: undefined, scripts: 0, handlers: 0 })
}

test('several roadmaps: create, switch, rename, duplicate, delete', async ({ page }) => {
  await finishQuestionnaire(page)
  await openRoadmaps(page)
  await page.getByRole('link', { name: 'New roadmap' }).click()
  await expect(page).toHaveURL(/\/welcome\?new=1$/)
  await expect(page.getByText(/replace/i)).toHaveCount(0)
  await page.getByRole('radio', { name: /Heading to product management/ }).check()
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineer-to-PM roadmap')

  await openRoadmaps(page)
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'Engineer-to-PM roadmap'])
  await page.getByRole('button', { name: 'Open AI engineer roadmap' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')

  await openRoadmaps(page)
  await page.getByRole('button', { name: 'Rename Engineer-to-PM roadmap' }).click()
  const field = page.getByLabel('New name for Engineer-to-PM roadmap')
  await field.fill('')
  await page.getByRole('button', { name: 'Save name' }).click()
  await expect(page.getByText('Enter a name.')).toBeVisible()
  await field.fill('Plan B')
  await field.press('Enter')
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'Plan B'])

  await page.getByRole('button', { name: 'Duplicate Plan B' }).click()
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'Plan B', 'Plan B (copy)'])

  await page.getByRole('button', { name: 'Delete Plan B', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete this roadmap?' })
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(names(page)).toHaveCount(3)
  await page.getByRole('button', { name: 'Delete Plan B', exact: true }).click()
  await dialog.getByRole('button', { name: 'Delete roadmap' }).click()
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'Plan B (copy)'])

  await waitUntilSaved(page)
  await page.reload()
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'Plan B (copy)'])
})

test('export a roadmap and import it back as a new roadmap', async ({ page }) => {
  await finishQuestionnaire(page)
  await openRoadmaps(page)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this roadmap' }).click(),
  ])
  const path = await download.path()
  await page.getByLabel('File to import').setInputFiles(path)
  const preview = page.getByTestId('import-preview')
  await expect(preview).toContainText('One roadmap exported from this app')
  await expect(preview).toContainText('Roadmap: AI engineer roadmap')
  await page.getByRole('button', { name: 'Add as a new roadmap' }).click()
  await expect(page.getByText('“AI engineer roadmap (2)” was added and is now open.')).toBeVisible()
  await expect(names(page)).toHaveText(['AI engineer roadmap', 'AI engineer roadmap (2)'])
})

test('every file of the bad-input corpus is refused or imported safely', async ({ page }) => {
  test.setTimeout(120_000)
  expect(corpus.length).toBeGreaterThanOrEqual(30)
  await finishQuestionnaire(page)
  await openRoadmaps(page)
  const input = page.getByLabel('File to import')
  const problems = page.getByTestId('import-problems')
  const preview = page.getByTestId('import-preview')
  let expected = ['AI engineer roadmap']
  for (const file of corpus) {
    await input.setInputFiles(join(corpusDir, file))
    await expect(problems.or(preview).filter({ hasText: /\S/ }), file).toBeVisible()
    if (await preview.isVisible()) {
      const backup = (await preview.textContent())?.includes('full backup')
      expect(backup, `${file} would replace everything`).toBe(false)
      const name = (await preview.getByText(/^Roadmap: /).textContent())!.slice('Roadmap: '.length)
      await page.getByRole('button', { name: 'Add as a new roadmap' }).click()
      // A name already in the list comes back numbered: "roadmap.sh (2)".
      const added = page.getByText(/^“.*” was added and is now open\.$/)
      const shown = (await added.textContent())!.slice(1, -'” was added and is now open.'.length)
      expect(shown === name || shown.startsWith(`${name} (`), file).toBe(true)
      expected = [...expected, shown]
    } else {
      await expect(problems, file).toContainText(/not imported|:/)
    }
    await expect(names(page), file).toHaveText(expected)
    await expectNothingInjected(page)
  }

  // The files that are hostile only as text were imported, and stayed text.
  expect(expected.length).toBeGreaterThan(1)

  // The 10 MB file is refused before it is read.
  await input.setInputFiles({
    name: 'huge.json',
    mimeType: 'application/json',
    buffer: Buffer.alloc(10 * 1024 * 1024, ' '),
  })
  await expect(problems).toContainText('Files over 5 MB are not imported.')
  await expect(names(page)).toHaveText(expected)
  await expectNothingInjected(page)
})

test('a share link opens as a read-only preview and saves a copy', async ({ page, context }) => {
  await finishQuestionnaire(page)
  await openRoadmaps(page)
  await page.getByRole('button', { name: 'Copy share link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  expect(link).toMatch(/\/shared#2\.[A-Za-z0-9_-]+$/)
  await waitUntilSaved(page)

  const other = await context.newPage()
  await other.goto(link)
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Shared roadmap')
  await expect(other.getByRole('heading', { level: 2 })).toHaveText('AI engineer roadmap')
  await other.getByRole('button', { name: 'Save a copy' }).click()
  await expect(other.getByText('A copy was saved in your roadmaps.')).toBeVisible()
  await other.getByRole('link', { name: 'Roadmaps' }).click()
  await expect(names(other)).toHaveText(['AI engineer roadmap', 'AI engineer roadmap (2)'])

  // A tampered link says so and changes nothing.
  await other.goto(link.replace(/#2\.(.{10})/, '#2.AAAAAAAAAA'))
  await expect(other.getByRole('alert')).toContainText('This link is broken or was changed')
  await other.close()
})
