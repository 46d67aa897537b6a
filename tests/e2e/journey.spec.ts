import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US' })

test('a fresh user builds a roadmap, marks a milestone done, and finds it done after reload', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await openList(page)

  const nextUp = page.getByTestId('next-up')
  const first = nextUp.getByRole('listitem').first()
  const title = (await first.getByRole('link').textContent())!.trim()
  const card = page.locator('li.milestone', {
    has: page.getByRole('heading', { name: title, exact: true }),
  })
  await expect(card.getByRole('radio', { name: 'To do' })).toBeChecked()

  await card.getByText('Done', { exact: true }).click()
  await expect(card.getByRole('radio', { name: 'Done' })).toBeChecked()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')
  // It leaves "next up" once done.
  await expect(nextUp.getByRole('link', { name: title, exact: true })).toHaveCount(0)
  await waitUntilSaved(page)

  await page.reload()
  const again = page.locator('li.milestone', {
    has: page.getByRole('heading', { name: title, exact: true }),
  })
  await expect(again.getByRole('radio', { name: 'Done' })).toBeChecked()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')

  // Closing the tab and coming back in a new one: still there.
  const second = await page.context().newPage()
  await second.goto('/list')
  await expect(
    second
      .locator('li.milestone', { has: second.getByRole('heading', { name: title, exact: true }) })
      .getByRole('radio', { name: 'Done' }),
  ).toBeChecked()
})

test('each milestone shows the advice behind it in both languages', async ({ page }) => {
  await finishQuestionnaire(page)
  await openList(page)
  const card = page.locator('li.milestone').first()
  await card.getByText('The mentor’s advice behind it').click()
  const quote = card.locator('blockquote[lang="ko"]').first()
  await expect(quote).toBeVisible()
  await expect(quote).toHaveText(/[가-힣]/)
  const summaryEn = (await card.locator('.advice .summary').first().textContent())!.trim()
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await expect(card.locator('.advice .summary').first()).not.toHaveText(summaryEn)
  await expect(card.locator('.advice .summary').first()).toHaveText(/[가-힣]/)
})

test('switching the language changes the UI text, follows reloads, and sets lang', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await openList(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('link', { name: 'Advice' })).toBeVisible()

  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko')
  await expect(page.getByRole('link', { name: '조언' })).toBeVisible()
  await expect(page.getByRole('heading', { name: '다음 할 일' })).toBeVisible()
  await waitUntilSaved(page)

  await page.reload()
  await expect(page.getByRole('heading', { name: '다음 할 일' })).toBeVisible()
  await page.getByRole('button', { name: 'View in English' }).click()
  await expect(page.getByRole('heading', { name: 'Next up' })).toBeVisible()
})

test('the questionnaire refuses impossible hours with a clear message', async ({ page }) => {
  await page.goto('/welcome')
  await page.getByRole('radio', { name: /Research engineer/ }).check()
  await page.getByLabel('Study hours per week').fill('500')
  await expect(page.getByText('Enter a whole number of hours between 1 and 100.')).toBeVisible()
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await expect(page).toHaveURL(/\/welcome$/)
  await page.getByLabel('Study hours per week').fill('20')
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Research engineer roadmap')
  await openList(page)
  await expect(page.getByText('20 h per week')).toBeVisible()
})
