import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US', viewport: { width: 1200, height: 900 } })

const milestone = (page: Page, title: string) =>
  page.locator('li.milestone').filter({ has: page.getByRole('heading', { name: title }) })

async function openEvidence(item: Locator) {
  await item.getByTestId('milestone-evidence').locator('summary').click()
}

async function addReproduction(item: Locator, reported: string, reproduced: string) {
  await item.getByRole('button', { name: 'Add reproduction' }).click()
  const form = item.getByTestId('reproduction-form')
  await form.getByLabel('Paper it reproduces').fill('Deep Residual Learning')
  await form.getByLabel('Metric', { exact: true }).fill('top-1 accuracy')
  await form.getByLabel('Reported in the paper').fill(reported)
  await form.getByLabel('Your result').fill(reproduced)
  return form
}

test('evidence: paper, reproduction, demo, the done question, portfolio, reload', async ({
  page,
}) => {
  test.setTimeout(60_000)
  await finishQuestionnaire(page)
  await openList(page)

  // A paper, after a refused link that keeps what was typed.
  const read = milestone(page, 'Read the latest peer-reviewed papers')
  await openEvidence(read)
  await read.getByRole('button', { name: 'Add paper' }).click()
  const paperForm = read.getByTestId('paper-form')
  await paperForm.getByLabel('Title').fill('Deep Residual Learning')
  await paperForm.getByLabel('Venue').fill('CVPR')
  await paperForm.getByLabel('Year').fill('2016')
  await paperForm.getByLabel('Link (arXiv, DOI or URL)').fill('javascript:alert(1)')
  await paperForm
    .getByLabel('Takeaway (one paragraph)')
    .fill('Skip connections let deep nets train.')
  await paperForm.getByLabel('Read on').fill('2026-03-02')
  await paperForm.getByRole('button', { name: 'Save paper' }).click()
  await expect(paperForm.getByRole('alert')).toContainText('Use an http(s) link')
  await expect(paperForm.getByLabel('Title')).toHaveValue('Deep Residual Learning')
  await paperForm.getByLabel('Link (arXiv, DOI or URL)').fill('https://arxiv.org/abs/1512.03385')
  await paperForm.getByRole('button', { name: 'Save paper' }).click()
  await expect(read.getByRole('link', { name: 'Deep Residual Learning' })).toHaveAttribute(
    'href',
    'https://arxiv.org/abs/1512.03385',
  )
  await expect(read.getByText('read Mar 2, 2026')).toBeVisible()

  // A reproduction: the gap shows while typing, behind the paper for higher-is-better.
  const repro = milestone(page, 'Reproduce a paper to its numbers')
  await openEvidence(repro)
  const form = await addReproduction(repro, '76.1', '75.4')
  await expect(form.getByTestId('gap')).toContainText('-0.7 (-0.92%)')
  await expect(form.getByTestId('gap')).toContainText('behind the paper')
  await form.getByLabel('Lower is better').check()
  await expect(form.getByTestId('gap')).toContainText('paper’s number reached')
  await form.getByLabel('Higher is better').check()
  await form.getByLabel('Framework').selectOption('pytorch')
  await form.getByRole('button', { name: 'Save reproduction' }).click()
  await expect(repro.getByText('top-1 accuracy: reported 76.1, reproduced 75.4')).toBeVisible()

  // Done without evidence asks first; cancel keeps the status.
  const demo = milestone(page, 'Build your own demo page')
  await demo.getByText('Done', { exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Mark done anyway?' })
  await expect(dialog).toBeVisible()
  await expect(dialog).toContainText(
    'a repo or demo link, the published date, an obstacle you overcame',
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await expect(demo.getByRole('radio', { name: 'To do' })).toBeChecked()
  await expect(demo.getByRole('radio', { name: 'Done' })).not.toBeChecked()

  // The demo with its obstacles, then done without a question.
  await openEvidence(demo)
  await demo.getByRole('button', { name: 'Describe the project' }).click()
  const project = demo.getByTestId('project-form')
  await project.getByLabel('What you built').fill('Handwritten digit demo [click](javascript:x)')
  await project.getByLabel('Stack').fill('PyTorch, Django')
  await project.getByLabel('Demo link').fill('https://digits.example.com')
  await project.getByLabel('Demo made with').selectOption('own-page')
  await project.getByLabel('Published on').fill('2026-04-01')
  await project
    .getByLabel('Obstacle 1', { exact: true })
    .fill('Model too slow on CPU: exported to TorchScript')
  await project.getByRole('button', { name: 'Add obstacle' }).click()
  await expect(project.getByLabel('Obstacle 2', { exact: true })).toBeFocused()
  await page.keyboard.type('Uploads crashed on large images')
  await project.getByRole('button', { name: 'Save project' }).click()
  await expect(demo.getByText('Uploads crashed on large images')).toBeVisible()
  await addReproduction(demo, '99.2', '99.3')
  await demo.getByRole('button', { name: 'Save reproduction' }).click()
  await demo.getByText('Done', { exact: true }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(demo.getByRole('radio', { name: 'Done' })).toBeChecked()
  await expect(demo.getByTestId('done-without-evidence')).toHaveCount(0)

  // Confirming the question marks it done, shown as done without evidence.
  const service = milestone(page, 'Publish it as a service')
  await service.getByText('Done', { exact: true }).click()
  await dialog.getByRole('button', { name: 'Mark done anyway' }).click()
  await expect(service.getByTestId('done-without-evidence')).toHaveText('Done without evidence')

  if (process.env.SCREENSHOTS) await demo.screenshot({ path: 'test-results/evidence-list-en.png' })

  // The paper log.
  await page.getByRole('link', { name: 'Papers', exact: true }).click()
  if (process.env.SCREENSHOTS)
    await page.screenshot({ path: 'test-results/papers-en.png', fullPage: true })
  await expect(page.getByRole('heading', { name: 'Papers (1)' })).toBeVisible()
  await expect(page.getByTestId('papers-table')).toContainText('Deep Residual Learning')
  await expect(page.getByTestId('reproductions-table').locator('tbody tr')).toHaveCount(2)
  await page.getByLabel('Reproduction', { exact: true }).selectOption('reached')
  await expect(page.getByTestId('reproductions-table').locator('tbody tr')).toHaveCount(1)
  await page.getByLabel('Paper', { exact: true }).selectOption('to-read')
  await expect(page.getByRole('heading', { name: 'Papers (0)' })).toBeVisible()
  await expect(page.getByTestId('monthly-table')).toContainText('Mar 2026')

  // The portfolio and its Markdown.
  await page.getByRole('main').getByRole('link', { name: 'Portfolio' }).click()
  // The demo is on the page; the service, marked done anyway with nothing recorded, is only named.
  await expect(page.getByTestId('portfolio-project')).toHaveCount(1)
  const item = page.getByTestId('portfolio-project').first()
  await expect(page.getByTestId('portfolio-unrecorded')).toContainText('“Publish it as a service”')
  await expect(item.getByRole('heading', { name: 'Build your own demo page' })).toBeVisible()
  await expect(item).toContainText('Model too slow on CPU: exported to TorchScript')
  await expect(item).toContainText('paper’s number reached')
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ])
  const markdown = readFileSync((await file.path())!, 'utf8')
  expect(file.suggestedFilename()).toMatch(/^portfolio-\d{4}-\d{2}-\d{2}\.md$/)
  // No project name given: the milestone's title heads it.
  expect(markdown).toContain('### Build your own demo page')
  expect(markdown).toContain('Handwritten digit demo \\[click\\]\\(javascript\\:x\\)')
  expect(markdown).toContain('[Demo](https://digits.example.com)')
  expect(markdown).toContain('- Uploads crashed on large images')
  expect(markdown).toContain('reported 99.2, reproduced 99.3')
  expect(markdown).not.toContain('Publish it as a service')

  // Reload: everything is still there.
  await waitUntilSaved(page)
  await page.reload()
  await expect(page.getByTestId('portfolio-project').first()).toContainText(
    'Uploads crashed on large images',
  )
  await page.goto('/papers')
  await expect(page.getByTestId('papers-table')).toContainText('Deep Residual Learning')
  await openList(page)
  await expect(
    milestone(page, 'Publish it as a service').getByTestId('done-without-evidence'),
  ).toBeVisible()
})

test('graph: the done question from the keyboard, and the evidence editor in the side panel', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  const card = page.getByRole('button', { name: /^Read the latest peer-reviewed papers\./ })
  await card.focus()
  await page.keyboard.press('d')
  const dialog = page.getByRole('dialog', { name: 'Mark done anyway?' })
  await expect(dialog).toContainText('a paper marked as read')
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(card).toHaveAttribute('aria-label', /Read the latest peer-reviewed papers\. To do\./)

  await card.click()
  const panel = page.getByTestId('milestone-panel')
  const evidence = panel.getByTestId('milestone-evidence')
  await expect(evidence.getByLabel('Evidence this milestone needs')).toHaveValue('paper')
  await evidence.getByRole('button', { name: 'Add paper' }).click()
  await evidence.getByLabel('Title').fill('Batch Normalization')
  await evidence.getByLabel('Read on').fill('2026-02-01')
  await evidence.getByRole('button', { name: 'Save paper' }).click()
  await expect(evidence.locator('summary')).toContainText('complete')
  if (process.env.SCREENSHOTS)
    await panel.screenshot({ path: 'test-results/evidence-panel-en.png' })
  await card.focus()
  await page.keyboard.press('d')
  await expect(card).toHaveAttribute('aria-label', /Read the latest peer-reviewed papers\. Done\./)
  await expect(page.getByRole('dialog')).toHaveCount(0)
})
