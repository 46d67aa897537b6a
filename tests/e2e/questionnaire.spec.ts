import { expect, openList, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US' })

/** A milestone's card on the plan outline, by its title. */
const card = (page: import('@playwright/test').Page, title: string) =>
  page.locator('li.milestone', { has: page.getByRole('heading', { name: title, exact: true }) })

test('a new user who trained a classifier and knows Vue starts with those done and Vue recommended', async ({
  page,
}) => {
  await page.goto('/welcome')
  const frontend = page.getByRole('group', { name: 'Frontend framework to learn' })
  // Knowing none of the three, the mentor's pick is React, with his reason beside it.
  await expect(frontend.getByRole('radio', { name: /React/ })).toBeChecked()
  await expect(frontend.getByRole('radio', { name: /React/ })).toHaveAccessibleName(/Mentor’s pick/)
  await expect(frontend).toContainText('if pressed, he recommends React')

  await page.getByRole('radio', { name: /AI engineer job/ }).check()
  await page.getByRole('checkbox', { name: /Trained an image classifier/ }).check()
  await page
    .getByRole('group', { name: 'Which web frameworks do you already know?' })
    .getByRole('checkbox', { name: 'Vue' })
    .check()
  // The recommendation follows what they know.
  await expect(frontend.getByRole('radio', { name: /Vue/ })).toBeChecked()
  await expect(frontend.getByRole('radio', { name: /Vue/ })).toHaveAccessibleName(/You know it/)
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')
  await waitUntilSaved(page)

  await openList(page)
  await expect(
    card(page, 'Train an image classifier').getByRole('radio', { name: 'Done' }),
  ).toBeChecked()
  await expect(card(page, 'Learn Vue').getByRole('radio', { name: 'Done' })).toBeChecked()
  await expect(card(page, 'Learn React').getByRole('radio', { name: 'Skipped' })).toBeChecked()
  await expect(card(page, 'Learn Vue')).toContainText('Recommended for you: Learn Vue')
  // The first demo of the model they trained is up next at once.
  await expect(page.getByTestId('next-up')).toContainText(
    'Put the classifier you trained on a public web demo',
  )
  // A plan the app just made sits inside the mentor's band.
  await expect(page.getByText('within your 70%–80% band')).toBeVisible()

  await page.reload()
  await expect(
    card(page, 'Train an image classifier').getByRole('radio', { name: 'Done' }),
  ).toBeChecked()
})

test('an answer preselected where the mentor names no pick says why, and follows the goal', async ({
  page,
}) => {
  await page.goto('/welcome')
  const framework = page.getByRole('group', { name: 'Deep-learning framework' })
  await expect(framework.getByRole('radio', { name: /PyTorch/ })).toBeChecked()
  await expect(framework.getByRole('radio', { name: /PyTorch/ })).toHaveAccessibleName(
    /Preselected/,
  )
  await expect(framework).toHaveAccessibleDescription(/PyTorch is widely used today/)
  const demo = page.getByRole('group', { name: 'How will you build model demos?' })
  await expect(demo.getByRole('radio', { name: /My own demo page/ })).toBeChecked()
  await page.getByRole('radio', { name: /Heading to product management/ }).check()
  await expect(demo.getByRole('radio', { name: /Streamlit/ })).toBeChecked()
  await expect(demo).toContainText('the web is not your focus')
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/roadmap/)
  await waitUntilSaved(page)
  await openList(page)
  // The plan builds the demo with Streamlit; the own page stays as a skipped option.
  await expect(
    card(page, 'Build the demo with Streamlit').getByRole('radio', { name: 'Skipped' }),
  ).not.toBeChecked()
  await expect(
    card(page, 'Build your own demo page').getByRole('radio', { name: 'Skipped' }),
  ).toBeChecked()
})
