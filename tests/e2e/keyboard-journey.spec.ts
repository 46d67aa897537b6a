import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US', timezoneId: 'Asia/Seoul' })

/** What has focus, as a keyboard user would hear it: role-ish tag, name and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null
    if (!el) return ''
    const name =
      el.getAttribute('aria-label') ||
      (el.id && document.querySelector(`label[for="${el.id}"]`)?.textContent) ||
      el.closest('label')?.textContent ||
      el.textContent ||
      ''
    return `${el.tagName.toLowerCase()}|${(el as HTMLInputElement).type ?? ''}|${name.trim()}`
  })
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page: Page, match: RegExp, back = false, max = 150) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab')
    const now = await focused(page)
    if (match.test(now)) {
      // Focus must always be visible: the focused element has an outline or a box-shadow.
      const visible = await page.evaluate(() => {
        const el = document.activeElement as Element
        // A visually hidden input shows its focus on the label that wraps it.
        const shown = [el, el.closest('label')].filter((x): x is Element => !!x)
        return (
          el instanceof SVGElement ||
          shown.some((x) => {
            const s = getComputedStyle(x)
            return (
              (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ||
              s.boxShadow !== 'none'
            )
          })
        )
      })
      expect(visible, `focus ring on ${now}`).toBe(true)
      return now
    }
  }
  throw new Error(`Tab never reached ${match}; last focus: ${await focused(page)}`)
}

test('keyboard only: questionnaire → plan → graph → log time → chart → export', async ({
  page,
}) => {
  await page.clock.install({ time: new Date('2026-11-27T10:00:00+09:00') })
  await page.goto('/')
  await expect(page).toHaveURL(/\/welcome$/)

  // Questionnaire: the first choice gets focus, arrows pick the goal, Enter on the button.
  await tabTo(page, /^input\|radio\|/)
  await page.keyboard.press('Space')
  await tabTo(page, /^button\|submit\|Create my roadmap/)
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')

  // Plan (the list): mark the first milestone done with arrow keys in its status group.
  await tabTo(page, /^a\|\|List$/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/list$/)
  await tabTo(page, /^input\|radio\|To do/)
  await page.keyboard.press('ArrowRight') // In progress
  await page.keyboard.press('ArrowRight') // Done
  await expect(page.getByTestId('overall-progress')).toContainText('1 of')

  // Graph: Tab reaches the one focusable card; arrows move between cards; S cycles status.
  await tabTo(page, /^a\|\|Graph$/, true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/$/)
  const first = await tabTo(page, /^g\|\|.+\. (To do|Done|In progress)\./)
  await page.keyboard.press('ArrowRight')
  const second = await focused(page)
  expect(second).not.toBe(first)
  await page.keyboard.press('Enter') // opens the side panel
  await expect(page.getByRole('complementary')).toBeVisible()
  await page.keyboard.press('Escape')

  // Time: log 45 minutes on a track through the form.
  await tabTo(page, /^a\|\|Time$/, true)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/time$/)
  await tabTo(page, /^input\|text\|Duration/)
  await page.keyboard.type('45')
  await tabTo(page, /^button\|submit\|Add entry/)
  await page.keyboard.press('Enter')
  await expect(page.getByText(/Logged 45 min on/)).toBeVisible()

  // Chart: switch the share chart to its table with the keyboard and read the row.
  await tabTo(page, /^button\|button\|Table$/)
  await page.keyboard.press('Enter')
  const share = page.getByRole('region', { name: 'Share of study time by track' })
  await expect(share.getByRole('table')).toBeVisible()
  await expect(share.getByRole('row').nth(1)).toContainText('0.75') // 45 min: quarter hours read exactly
  await waitUntilSaved(page)

  // Export: the roadmaps page downloads the roadmap.
  await tabTo(page, /^a\|\|Roadmaps$/, true)
  await page.keyboard.press('Enter')
  await tabTo(page, /^button\|submit\|Download this roadmap|^button\|button\|Download this roadmap/)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.keyboard.press('Enter'),
  ])
  const file = JSON.parse(readFileSync((await download.path())!, 'utf8'))
  expect(file.kind).toBe('roadmap')
  expect(
    file.data.roadmap.milestones.filter((m: { status: string }) => m.status === 'done'),
  ).toHaveLength(1)
  expect(file.data.timeLog.entries).toHaveLength(1)
  expect(file.data.timeLog.entries[0].minutes).toBe(45)
})
