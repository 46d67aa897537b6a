import { expect, finishQuestionnaire, test } from './fixtures'

for (const locale of ['en-US', 'ko-KR'] as const)
  test.describe(locale, () => {
    test.use({ locale })
    test(`shots ${locale}`, async ({ page, browser, baseURL }) => {
      test.setTimeout(90_000)
      await page.goto('/')
      await page.locator('input[name="goal"]').first().check()
      await page.locator('form button[type=submit]').click()
      await expect(page).toHaveURL(/\/$/)
      await page.goto('/roadmaps')
      await page.locator('section[aria-labelledby="share-title"] button').click()
      const link = await page.locator('#share-link').inputValue()
      await page
        .locator('section[aria-labelledby="share-title"]')
        .screenshot({ path: `/tmp/shots/share-${locale}.png` })
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('section[aria-labelledby="export-title"] button').first().click(),
      ])
      await page.locator('#import-file').setInputFiles((await download.path())!)
      await page
        .locator('section[aria-labelledby="import-title"]')
        .screenshot({ path: `/tmp/shots/import-${locale}.png` })
      for (const [w, h] of [
        [1280, 900],
        [360, 740],
      ] as const)
        for (const scheme of ['light', 'dark'] as const) {
          const ctx = await browser.newContext({
            baseURL,
            locale,
            viewport: { width: w, height: h },
            colorScheme: scheme,
          })
          const p = await ctx.newPage()
          await p.goto(link)
          await expect(p.getByTestId('shared-graph').locator('img')).toBeVisible()
          await p.waitForTimeout(300)
          await p.screenshot({
            path: `/tmp/shots/shared-${locale}-${w}-${scheme}.png`,
            fullPage: w === 360,
          })
          await ctx.close()
        }
    })
  })
