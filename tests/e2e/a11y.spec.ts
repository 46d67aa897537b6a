import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, finishQuestionnaire, test, visitEveryView, waitUntilSaved } from './fixtures'

/**
 * Zero axe-core violations (every rule axe runs by default: WCAG 2.x A/AA and best practices)
 * on every view, in both languages and both colour schemes.
 */

async function violations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
  }))
}

async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  // Transitions and the graph's first layout finish before axe looks at colours.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))))
}

for (const locale of ['en-US', 'ko-KR'] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`${locale}, ${colorScheme}`, () => {
      test.use({ locale, colorScheme })

      test('every view has zero axe violations', async ({ page }) => {
        // axe on ten views: slow on a busy 2-core machine, and not a timing test.
        test.setTimeout(120_000)
        await visitEveryView(page, async (path) => {
          await settle(page)
          expect(await violations(page), path).toEqual([])
        })
        const lang = locale.slice(0, 2)
        await expect(page.locator('html')).toHaveAttribute('lang', lang)
      })

      test('a shared roadmap, its list open, has zero axe violations', async ({ page }) => {
        await page.goto('/welcome')
        await page.locator('input[name="goal"]').first().check()
        await page.locator('form button[type=submit]').click()
        await expect(page).toHaveURL(/\/$/)
        await waitUntilSaved(page)
        await page.goto('/roadmaps')
        await page.locator('section[aria-labelledby="share-title"] button').click()
        await page.goto(await page.locator('#share-link').inputValue())
        await expect(page.getByTestId('shared-graph').locator('img')).toBeVisible()
        await page.locator('details summary').click()
        await settle(page)
        expect(await violations(page)).toEqual([])
      })
    })
  }
}

test.describe('en-US, light, with things open', () => {
  test.use({ locale: 'en-US' })
  test('the graph with a card selected and its panel open has zero axe violations', async ({
    page,
  }) => {
    await finishQuestionnaire(page)
    // Stored before the page is loaded again (this test is about the panel, not about saving
    // while the page unloads, which storage-reload.spec covers).
    await waitUntilSaved(page)
    await page.goto('/')
    await settle(page)
    const card = page.locator('g.card[tabindex="0"]').first()
    await card.focus()
    await page.keyboard.press('Enter')
    await settle(page)
    expect(await violations(page)).toEqual([])
  })
})

test.describe('the graph zoomed out, with its legend, a title tip and "More" open', () => {
  for (const colorScheme of ['light', 'dark'] as const)
    test(`has zero axe violations (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' })
      await finishQuestionnaire(page)
      await page.getByRole('button', { name: 'Fit', exact: true }).click()
      await expect(page.getByTestId('track-labels')).toBeVisible()
      await page.getByTestId('graph-legend').getByText('Tracks', { exact: true }).click()
      await page.getByRole('button', { name: /^Math for ML\./ }).hover()
      await expect(page.getByTestId('card-tip')).toBeVisible()
      await settle(page)
      expect(await violations(page)).toEqual([])
      await page.setViewportSize({ width: 360, height: 740 })
      await page.getByRole('button', { name: 'More' }).click()
      await settle(page)
      expect(await violations(page)).toEqual([])
    })
})
