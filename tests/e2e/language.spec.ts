import { expect, test } from './fixtures'

test.describe('a Korean browser', () => {
  test.use({ locale: 'ko-KR' })

  test('gets the Korean UI by default', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('내 로드맵 만들기')
    await page.getByRole('radio', { name: /AI 엔지니어 취업/ }).check()
    await page.getByRole('button', { name: '내 로드맵 만들기' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI 엔지니어 로드맵')
  })
})
