import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import type { Locator, Page } from '@playwright/test'
import { expect, finishQuestionnaire, openList, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US', viewport: { width: 1200, height: 900 } })

const milestone = (page: Page, title: string) =>
  page.locator('li.milestone').filter({ has: page.getByRole('heading', { name: title }) })

async function openEvidence(item: Locator) {
  await item.getByTestId('milestone-evidence').locator('summary').click()
}

async function markdownOf(page: Page, button: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  return readFileSync((await file.path())!, 'utf8')
}

async function axe(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 200))))
  const result = await new AxeBuilder({ page }).analyze()
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
}

/**
 * The README's portfolio screenshots (`npm run screenshots`), and the page at 360 px and in the
 * dark theme, in both languages, to look at.
 */
async function screenshots(page: Page) {
  await page.screenshot({ path: 'docs/screenshots/portfolio-en.png', fullPage: true })
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await expect(page.getByRole('heading', { name: '프로젝트', level: 2 })).toBeVisible()
  await page.screenshot({ path: 'docs/screenshots/portfolio-ko.png', fullPage: true })
  for (const lang of ['ko', 'en'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme })
      await page.setViewportSize({ width: 360, height: 740 })
      await page.screenshot({
        path: `test-results/portfolio-360-${lang}-${colorScheme}.png`,
        fullPage: true,
      })
      await page.setViewportSize({ width: 1200, height: 900 })
      await page.screenshot({ path: `test-results/portfolio-${lang}-${colorScheme}.png` })
    }
    if (lang === 'ko') await page.getByRole('button', { name: 'View in English' }).click()
  }
  await page.emulateMedia({ colorScheme: 'light' })
  await page.getByRole('button', { name: 'Edit profile' }).click()
  await page.screenshot({ path: 'test-results/portfolio-profile-form-en.png' })
  await page.getByRole('button', { name: 'Cancel' }).click()
}

/** A named demo (done), a paper read and a reproduction, recorded from the list. */
async function recordWork(page: Page) {
  await openList(page)
  const demo = milestone(page, 'Build your own demo page')
  await openEvidence(demo)
  await demo.getByRole('button', { name: 'Describe the project' }).click()
  const project = demo.getByTestId('project-form')
  await project.getByLabel('Project name').fill('Handwritten digit recognizer')
  await project.getByLabel('What you built').fill('A web demo of my MNIST classifier')
  await project.getByLabel('Stack').fill('PyTorch, Django')
  await project.getByLabel('Repo link').fill('https://github.com/minji/digits')
  await project.getByLabel('Demo link').fill('https://digits.example.com')
  await project.getByLabel('Published on').fill('2026-04-01')
  await project.getByLabel('Obstacle 1', { exact: true }).fill('Model too slow on CPU')
  await project.getByRole('button', { name: 'Save project' }).click()
  await expect(demo.getByText('Handwritten digit recognizer')).toBeVisible()
  await demo.getByText('Done', { exact: true }).click()
  await expect(demo.getByRole('radio', { name: 'Done' })).toBeChecked()

  const read = milestone(page, 'Read the latest peer-reviewed papers')
  await openEvidence(read)
  await read.getByRole('button', { name: 'Add paper' }).click()
  const paper = read.getByTestId('paper-form')
  await paper.getByLabel('Title').fill('Deep Residual Learning')
  await paper.getByLabel('Venue').fill('CVPR')
  await paper.getByLabel('Year').fill('2016')
  await paper.getByLabel('Link (arXiv, DOI or URL)').fill('https://arxiv.org/abs/1512.03385')
  await paper.getByLabel('Takeaway (one paragraph)').fill('Skip connections let deep nets train.')
  await paper.getByLabel('Read on').fill('2026-03-02')
  await paper.getByRole('button', { name: 'Save paper' }).click()
  await expect(read.getByRole('link', { name: 'Deep Residual Learning' })).toBeVisible()

  const repro = milestone(page, 'Reproduce a paper to its numbers')
  await openEvidence(repro)
  await repro.getByRole('button', { name: 'Add reproduction' }).click()
  const form = repro.getByTestId('reproduction-form')
  await form.getByLabel('Paper it reproduces').fill('Deep Residual Learning')
  await form.getByLabel('Metric', { exact: true }).fill('top-1 error (%)')
  await form.getByLabel('Lower is better').check()
  await form.getByLabel('Reported in the paper').fill('6.43')
  await form.getByLabel('Your result').fill('7.1')
  await form.getByLabel('Repo link').fill('https://github.com/minji/resnet')
  await form.getByRole('button', { name: 'Save reproduction' }).click()
  await expect(repro.getByText('top-1 error (%): reported 6.43, reproduced 7.1')).toBeVisible()
}

test('portfolio: profile, named project, reproduction and paper; Markdown; reload; Korean; print', async ({
  page,
}) => {
  test.setTimeout(90_000)
  await finishQuestionnaire(page)
  await recordWork(page)

  // From the main navigation.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Portfolio' })
    .click()
  await expect(page).toHaveURL(/\/portfolio$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Portfolio')

  // The profile, refused once, then saved.
  await page.getByRole('button', { name: 'Add your name and links' }).click()
  const form = page.getByTestId('profile-form')
  await expect(form.getByLabel('Name')).toBeFocused()
  await form.getByLabel('Name').fill('Kim Minji')
  await form.getByLabel('Headline').fill('ML engineer in training — OCR & vision')
  await form.getByLabel('E-mail').fill('minji@example.com')
  await form.getByLabel('GitHub').fill('javascript:alert(1)')
  await form.getByRole('button', { name: 'Save profile' }).click()
  await expect(form.getByRole('alert')).toHaveText(
    'Use an http(s) link, e.g. https://github.com/you.',
  )
  await form.getByLabel('GitHub').fill('github.com/minji')
  await form.getByLabel('Blog or website').fill('https://minji.dev')
  await form.getByRole('button', { name: 'Save profile' }).click()
  await expect(form).toBeHidden()
  await expect(page.getByRole('button', { name: 'Edit profile' })).toBeFocused()

  const check = async () => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim Minji')
    await expect(page.getByText('ML engineer in training — OCR & vision')).toBeVisible()
    const contacts = page.getByRole('list', { name: 'Contact' })
    await expect(contacts.getByRole('link', { name: 'minji@example.com' })).toHaveAttribute(
      'href',
      'mailto:minji@example.com',
    )
    await expect(contacts.getByRole('link', { name: 'github.com/minji' })).toHaveAttribute(
      'href',
      'https://github.com/minji',
    )
    const project = page.getByTestId('portfolio-project')
    await expect(project).toHaveCount(1)
    await expect(
      project.getByRole('heading', { name: 'Handwritten digit recognizer', level: 3 }),
    ).toBeVisible()
    await expect(project).toContainText('Model too slow on CPU')
    const repro = page
      .getByRole('region', { name: 'Paper reproductions' })
      .getByTestId('portfolio-reproduction')
    await expect(repro).toContainText(
      'Deep Residual Learning (CVPR 2016) — top-1 error (%) (lower is better): reported 6.43, reproduced 7.1',
    )
    await expect(repro).toContainText('+0.67 (+10.42%)')
    await expect(repro).toContainText('behind the paper')
    const papers = page.getByRole('region', { name: 'Papers read' })
    await expect(papers.getByRole('link', { name: 'Deep Residual Learning' })).toHaveAttribute(
      'href',
      'https://arxiv.org/abs/1512.03385',
    )
    await expect(papers).toContainText('— CVPR 2016')
    await expect(papers).toContainText('Skip connections let deep nets train.')
  }
  await check()
  expect(await axe(page)).toEqual([])

  const markdown = await markdownOf(page, 'Download Markdown')
  expect(markdown).toContain(
    [
      '# Kim Minji',
      '',
      'ML engineer in training — OCR \\& vision',
      '',
      '[minji\\@example\\.com](mailto:minji@example.com) · [github\\.com/minji](https://github.com/minji) · [minji\\.dev](https://minji.dev)',
      '',
      '## Projects',
      '',
      '### Handwritten digit recognizer',
      '',
      '**What I built:** A web demo of my MNIST classifier',
    ].join('\n'),
  )
  expect(markdown).toContain(
    '**Links:** [Code](https://github.com/minji/digits) · [Demo](https://digits.example.com)',
  )
  expect(markdown).toContain(
    [
      '## Paper reproductions',
      '',
      '- **Deep Residual Learning** (CVPR 2016) — top\\-1 error \\(%\\) (lower is better): reported 6.43, reproduced 7.1 — gap +0.67 (+10.42%), behind the paper · [Code](https://github.com/minji/resnet)',
      '',
      '## Papers read',
      '',
      '- **[Deep Residual Learning](https://arxiv.org/abs/1512.03385)** — CVPR 2016',
      '  Skip connections let deep nets train\\.',
    ].join('\n'),
  )

  // Reload: the profile (app-wide) and the evidence are stored.
  await waitUntilSaved(page)
  await page.reload()
  await check()
  if (process.env.SCREENSHOTS) await screenshots(page)

  // Korean: the page's words follow the UI language; what the user typed stays as typed.
  await page.getByRole('button', { name: '한국어로 보기' }).click()
  await expect(page.getByRole('heading', { name: '논문 재현', level: 2 })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim Minji')
  await expect(page.getByTestId('portfolio-reproduction')).toContainText(
    'top-1 error (%) (낮을수록 좋음): 논문 6.43, 재현 7.1',
  )
  expect(await axe(page)).toEqual([])
  const korean = await markdownOf(page, 'Markdown 내려받기')
  expect(korean).toContain(
    '## 프로젝트\n\n### Handwritten digit recognizer\n\n**만든 것:** A web demo',
  )
  expect(korean).toContain('## 읽은 논문')
  expect(korean).toContain(
    '— 차이 +0.67 (+10.42%), 논문 수치에 못 미침 · [코드](https://github.com/minji/resnet)',
  )

  // Printed: no navigation, buttons or editing; links that are not their address print it.
  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('navigation', { name: '주 메뉴' })).toBeHidden()
  await expect(page.getByRole('button', { name: '인쇄 / PDF로 저장' })).toBeHidden()
  await expect(page.getByRole('button', { name: '프로필 수정' })).toBeHidden()
  const after = await page
    .getByRole('region', { name: '읽은 논문' })
    .getByRole('link', { name: 'Deep Residual Learning' })
    .evaluate((a) => getComputedStyle(a, '::after').content)
  expect(after).toBe('" (https://arxiv.org/abs/1512.03385)"')
  await page.screenshot({ path: 'test-results/portfolio-print-ko.png', fullPage: true })
  await page.emulateMedia({ media: 'screen' })
  await page.getByRole('button', { name: 'View in English' }).click()
  await page.emulateMedia({ media: 'print' })
  await page.screenshot({ path: 'test-results/portfolio-print-en.png', fullPage: true })
  await page.emulateMedia({ media: 'screen' })
})

test('portfolio: the print button prints, and an empty portfolio says what to record', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await page.goto('/portfolio')
  await expect(page.getByText('Nothing to show yet.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeDisabled()
  await page.evaluate(() => {
    ;(window as unknown as { printed: number }).printed = 0
    window.print = () => {
      ;(window as unknown as { printed: number }).printed++
    }
  })
  await page.getByRole('button', { name: 'Print / Save as PDF' }).click()
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1)
})
