import type { Locator, Page } from '@playwright/test'
import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'

/**
 * Issue #15: one roadmap, one set of figures. The same roadmap is summed up on the graph header,
 * the list, the roadmaps page, the import preview of its export and the shared view of its share
 * link; the milestone count, the skipped count and the planned AI/ML share must agree, word
 * for word where they are said the same way.
 */
interface Figures {
  count: string
  skipped: string
  share: string
}

async function figuresIn(where: Locator): Promise<Figures> {
  const text = async (id: string) =>
    (await where.getByTestId(id).innerText()).replace(/\s+/g, ' ').trim()
  return {
    count: await text('milestone-count'),
    skipped: await text('skipped-count'),
    share: await text('planned-share'),
  }
}

/** The numbers in the figures: done, counted, skipped, planned share. */
function numbers(f: Figures) {
  const [, done, total] = /(\d+) of (\d+) milestones done/.exec(f.count) ?? []
  const [, skipped] = /(\d+) skipped, not counted/.exec(f.skipped) ?? []
  const [, share] = /Planned AI\/ML share \(estimated hours\)\s+(\d+)%/.exec(f.share) ?? []
  return { done, total, skipped, share }
}

async function setStatus(page: Page, index: number, status: 'Done' | 'Skipped') {
  const card = page.locator('li.milestone').nth(index)
  await card.getByText(status, { exact: true }).click()
  const ask = page.getByRole('dialog')
  if (await ask.isVisible()) await ask.getByRole('button').first().click()
  await expect(card.getByRole('radio', { name: status })).toBeChecked()
}

test('the graph header, list, roadmaps page, import preview and shared view agree', async ({
  page,
  context,
}) => {
  await finishQuestionnaire(page)
  await openList(page)
  // Two done and one more skipped (on top of the choice-group options not chosen).
  await setStatus(page, 0, 'Done')
  await setStatus(page, 1, 'Done')
  await setStatus(page, 2, 'Skipped')
  await waitUntilSaved(page)

  const list = await figuresIn(page.locator('section.summary'))
  const expected = numbers(list)
  expect(expected.done).toBe('2')
  expect(Number(expected.skipped)).toBeGreaterThan(1)
  expect(Number(expected.share)).toBeGreaterThan(0)

  await page.getByRole('link', { name: 'Graph' }).click()
  const header = await figuresIn(page.getByTestId('overall-progress'))
  expect(numbers(header)).toEqual(expected)
  // Said the same way: the list's words are the header's (the header leads with the percentage).
  expect(header.count).toContain(list.count)
  expect(header.skipped).toBe(`· ${list.skipped.replace(/^·\s*/, '')}`)

  await page.getByRole('link', { name: 'Roadmaps' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Roadmaps')
  const row = page.getByTestId('roadmap-list').locator('li').first()
  expect(await figuresIn(row)).toEqual(header)

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this roadmap' }).click(),
  ])
  await page.getByLabel('File to import').setInputFiles(await download.path())
  const preview = page.getByTestId('import-preview')
  await expect(preview).toContainText('Roadmap: AI engineer roadmap')
  expect(await figuresIn(preview)).toEqual(header)

  await page.getByRole('button', { name: 'Copy share link' }).click()
  const link = await page.getByRole('textbox', { name: 'Share link' }).inputValue()
  const shared = await context.newPage()
  await shared.goto(link)
  await expect(shared.getByRole('heading', { level: 2 }).first()).toHaveText('AI engineer roadmap')
  expect(await figuresIn(shared.locator('main'))).toEqual(header)
  await shared.close()
})

test('in Korean, every place says the figures in the same words', async ({ page }) => {
  await finishQuestionnaire(page)
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await expect(page.getByRole('link', { name: '그래프' })).toBeVisible()
  const header = await figuresIn(page.getByTestId('overall-progress'))
  expect(header.count).toMatch(/^0% 마일스톤 \d+개 중 0개 완료$/)
  expect(header.skipped).toMatch(/^· 건너뛴 \d+개 제외$/)
  expect(header.share).toMatch(/^· 계획한 AI\/ML 비중\(예상 시간 기준\) \d+%$/)
  await page.getByRole('link', { name: '로드맵', exact: true }).click()
  const row = page.getByTestId('roadmap-list').locator('li').first()
  expect(await figuresIn(row)).toEqual(header)
  await page.getByRole('link', { name: '목록' }).click()
  const list = await figuresIn(page.locator('section.summary'))
  expect(header.count).toBe(`0% ${list.count}`)
  expect(list.skipped).toBe(header.skipped)
  expect(list.share).toContain(header.share.replace(/^· /, ''))
})
