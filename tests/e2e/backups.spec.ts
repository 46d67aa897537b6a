import { test, expect, finishQuestionnaire, waitUntilSaved } from './fixtures'

test('a deleted roadmap comes back from a backup in Settings, and stays after a reload', async ({
  page,
}) => {
  // The first save of a roadmap takes the first rolling backup: nothing is seeded.
  await finishQuestionnaire(page)
  await waitUntilSaved(page)

  await page.goto('/roadmaps')
  await page.getByRole('button', { name: 'Delete AI engineer roadmap', exact: true }).click()
  const deleting = page.getByRole('dialog', { name: 'Delete this roadmap?' })
  await deleting.getByRole('button', { name: 'Delete roadmap' }).click()
  await expect(page).toHaveURL(/\/welcome$/)
  await waitUntilSaved(page)

  await page.goto('/settings')
  const section = page.getByRole('region', { name: 'Backups in this browser' })
  const list = section.getByRole('list', { name: 'Backups, newest first' })
  await expect(list.getByRole('listitem')).toHaveCount(1)
  const backup = list.getByRole('listitem').first()
  await expect(backup.getByRole('heading', { level: 3 })).toHaveText(/^Backup from /)
  await expect(backup).toContainText('One roadmap: AI engineer roadmap')
  await expect(backup).toContainText(/0 of \d+ milestones done · No time entries/)

  await backup.getByRole('button', { name: /^Preview the backup from / }).click()
  await expect(
    backup.getByRole('button', { name: /^Hide the preview of the backup from / }),
  ).toHaveAttribute('aria-expanded', 'true')
  const shown = backup.getByTestId('backup-preview')
  await expect(shown.getByRole('heading', { name: 'If you restore this backup' })).toBeVisible()
  await expect(shown.getByRole('heading', { name: 'Come back' })).toBeVisible()
  await expect(shown.getByRole('listitem')).toHaveText(['AI engineer roadmap'])

  await backup.getByRole('button', { name: /^Restore the backup from .*…$/ }).click()
  const confirming = page.getByRole('dialog', { name: 'Restore this backup?' })
  await expect(confirming).toContainText('your settings stay as they are')
  await confirming.getByRole('button', { name: 'Restore backup' }).click()
  await expect(confirming).toBeHidden()
  await expect(section.getByRole('status')).toHaveText(/^The backup from .+ was restored\.$/)
  await waitUntilSaved(page)

  await page.goto('/roadmaps')
  await expect(page.getByRole('heading', { name: 'AI engineer roadmap', level: 2 })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('heading', { name: 'AI engineer roadmap', level: 2 })).toBeVisible()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI engineer roadmap')
})
