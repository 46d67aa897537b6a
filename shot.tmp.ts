import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './tests/e2e/chromium'
const base = 'http://127.0.0.1:4190'
const [, , path = '/welcome', out = '/tmp/shots/a.png', lang = 'en', width = '1280', action = ''] = process.argv
const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS })
const ctx = await browser.newContext({ locale: lang === 'ko' ? 'ko-KR' : 'en-US', viewport: { width: Number(width), height: 900 } })
const page = await ctx.newPage()
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()) })
await page.goto(base + path)
await page.waitForTimeout(800)
if (action === 'onboard') {
  await page.locator('input[name="goal"]').first().check()
  await page.locator('#known-done-classifier').check()
  await page.locator('#known-frameworks-vue').check()
  await page.locator('form button[type=submit]').click()
  await page.waitForTimeout(1500)
  await page.goto(base + '/list')
  await page.waitForTimeout(1000)
}
await page.screenshot({ path: out, fullPage: process.env.FULL !== "0" })
await browser.close()
