import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US' })

test('the advice library searches, filters by topic and links to the milestones citing it', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await page.getByRole('link', { name: 'Advice' }).click()
  const count = page.getByTestId('advice-count')
  const all = Number(/\d+/.exec((await count.textContent()) ?? '')![0])
  expect(all).toBeGreaterThan(15)

  await page.getByLabel('Search advice').fill('Django')
  await expect(count).not.toHaveText(`${all} pieces of advice`)
  const card = page.locator('article.advice').first()
  await expect(card).toContainText(/Django/)

  await page.getByLabel('Search advice').fill('')
  await page.getByLabel('Topic').selectOption({ label: 'Research & grad school' })
  await expect(page.locator('article.advice .tag').first()).toHaveText('Research & grad school')
  const n = await page.locator('article.advice').count()
  await expect(
    page.locator('article.advice .tag', { hasText: 'Research & grad school' }),
  ).toHaveCount(n)

  const link = page.locator('article.advice').first().getByRole('link').first()
  const title = (await link.textContent())!.trim()
  await link.click()
  await expect(page).toHaveURL(/\/list#m-/)
  await expect(page.getByRole('heading', { name: title, exact: true })).toBeInViewport()
})

test('restarting the questionnaire asks first and replaces the roadmap only when finished', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await openList(page)
  await page.locator('li.milestone').first().getByText('Done', { exact: true }).click()
  await page.getByRole('link', { name: 'Settings' }).click()

  await page.getByRole('button', { name: 'Restart the questionnaire' }).click()
  const dialog = page.getByRole('dialog', { name: 'Restart the questionnaire?' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()

  await page.getByRole('button', { name: 'Restart the questionnaire' }).click()
  await dialog.getByRole('button', { name: 'Yes, restart' }).click()
  await expect(page).toHaveURL(/\/welcome$/)
  // Leaving without finishing keeps the old roadmap and its progress.
  await page.getByRole('link', { name: 'Keep my current roadmap' }).click()
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')

  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Restart the questionnaire' }).click()
  await dialog.getByRole('button', { name: 'Yes, restart' }).click()
  await page.getByRole('radio', { name: /Heading to product management/ }).check()
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineer-to-PM roadmap')
  await expect(page.getByTestId('overall-progress')).toContainText('0 of')
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Engineer-to-PM roadmap')
})

test('weekly hours can be changed in settings; bad input is refused and nothing is saved', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await page.getByRole('link', { name: 'Settings' }).click()
  const hours = page.getByLabel('Study hours per week')
  await hours.fill('0')
  await hours.blur()
  await expect(page.getByText('Enter a whole number of hours between 1 and 100.')).toBeVisible()
  await hours.fill('22')
  await hours.blur()
  await expect(page.getByText('Weekly hours updated.')).toBeVisible()
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.getByLabel('Study hours per week')).toHaveValue('22')
})
