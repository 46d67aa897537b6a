import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, graphSettled, test, waitUntilSaved } from './fixtures'

/**
 * The kept layout (src/storage/layoutCache.ts): the graph keeps the card centres its automatic
 * layout computed, so the next start places the cards without running the layout. What is kept
 * is only used for the same roadmap and the same layout code; a damaged copy is laid out again.
 */
test.use({ locale: 'en-US' })

const KEY = 'ml-roadmap-planner:layout'
const kept = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY)
const cards = '[data-testid="graph"] .cards > [data-id]'

/** Every rendered card's id and transform (where the card is drawn). */
const placement = (page: Page) =>
  page
    .locator(cards)
    .evaluateAll((els) =>
      els.map((el) => `${el.getAttribute('data-id')} ${el.getAttribute('transform')}`).sort(),
    )

test('the graph keeps its layout for the next start, and lays out again when the copy is damaged', async ({
  page,
}) => {
  await page.goto('/')
  await finishQuestionnaire(page)
  await waitUntilSaved(page)
  await expect(page.locator(cards).first()).toBeVisible()
  await expect.poll(() => kept(page)).not.toBeNull()
  const value = await kept(page)
  expect(JSON.parse(value!)).toMatchObject({ v: expect.any(String), h: expect.any(String) })
  await graphSettled(page)
  const before = await placement(page)
  expect(before.length).toBeGreaterThan(5)

  await page.reload()
  await expect(page.locator(cards).first()).toBeVisible()
  // The first frame draws the cards on screen, the rest follow: compared once all are drawn.
  await expect.poll(() => placement(page)).toEqual(before)
  expect(await kept(page)).toBe(value)

  await page.evaluate((key) => localStorage.setItem(key, '{"v":'), KEY)
  await page.reload()
  await expect(page.locator(cards).first()).toBeVisible()
  await expect.poll(() => placement(page)).toEqual(before)
  expect(await kept(page)).toBe(value)
})
