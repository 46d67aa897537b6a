import { newTimeLog } from '../../src/domain/allocation'
import { emptyAppData, wrap } from '../../src/domain/migrations'
import { generateBenchRoadmap } from '../../bench/render/generate'
import { expect, test, waitUntilSaved } from './fixtures'
import { putStoredValue } from './idb'

/** A roadmap of 300 milestones over 6 tracks (about 50 each), stored as the app stores it. */
const roadmap = generateBenchRoadmap(300)
const data = { ...emptyAppData(), roadmaps: [roadmap], activeRoadmapId: roadmap.id }
data.timeLogs[roadmap.id] = newTimeLog(roadmap)
const envelope = JSON.parse(JSON.stringify(wrap(data))) as unknown
const ml = roadmap.milestones.filter((m) => m.track === 'ml')

test.beforeEach(async ({ page }) => {
  await page.goto('/settings')
  await waitUntilSaved(page)
  await putStoredValue(page, envelope)
})

test('a long track shows 25 milestones and then 25 more per "Show more"', async ({ page }) => {
  await page.goto('/list')
  const track = page.getByRole('region', { name: /Track ml/ })
  await expect(track.locator('[data-milestone]')).toHaveCount(25)
  await track
    .getByRole('button', {
      name: `Show ${Math.min(25, ml.length - 25)} more (25 of ${ml.length} shown)`,
    })
    .click()
  await expect(track.locator('[data-milestone]')).toHaveCount(Math.min(50, ml.length))
  // The other tracks keep their first page.
  await expect(
    page.getByRole('region', { name: /Track web/ }).locator('[data-milestone]'),
  ).toHaveCount(25)
})

test('a link to a milestone on a later page opens it, focused', async ({ page }) => {
  const [other, last] = [ml.at(-2)!, ml.at(-1)!]
  // Loading the list at it…
  await page.goto(`/list#m-${last.id}`)
  const row = page.locator(`[data-milestone="${last.id}"]`)
  await expect(row).toBeInViewport()
  await expect(row).toBeFocused()
  // …and following a link to it from the list itself.
  await page
    .getByRole('button', { name: /^Show 25 more/ })
    .first()
    .waitFor()
  await page.goto('/list')
  await expect(page.locator('[data-milestone]').first()).toBeVisible()
  await expect(page.locator(`[data-milestone="${other.id}"]`)).toHaveCount(0)
  await page.evaluate((id) => (location.hash = `#m-${id}`), other.id)
  await expect(page.locator(`[data-milestone="${other.id}"]`)).toBeInViewport()
  await expect(page.locator(`[data-milestone="${other.id}"]`)).toBeFocused()
})
