/**
 * "Nothing lost", under stress (`npm run stress`, issue #14). In the built app (dist/, served by
 * `vite preview`) in Debian's Chromium, each round opens a fresh browser context, does what a
 * person does — finishes the questionnaire, edits, types, uses two tabs, runs a timer — then
 * leaves the page after a delay of 0–400 ms (reload, navigate, close the tab, a blank page) and
 * checks, on the next page, both what the user sees and what IndexedDB holds.
 *
 * Prints the rounds and the losses per variant; exits non-zero on any loss.
 *   STRESS_N=50 npm run stress          rounds per variant (default 50; also the first argument)
 *   STRESS_ONLY=two-tabs npm run stress  only the variants whose name contains this text
 *   STRESS_PORT=4190                    the preview server's port
 */
import type { Browser, BrowserContext, Page } from '@playwright/test'
import { launchChromium, serveBuiltApp } from '../bench/browser'
import { prng } from '../bench/graphs'
import { getStoredValue } from '../tests/e2e/idb'

const N = Number(process.argv[2] ?? process.env.STRESS_N ?? 50)
const ONLY = process.env.STRESS_ONLY ?? ''
const PORT = Number(process.env.STRESS_PORT ?? 4190)
const MAX_DELAY_MS = 400
const SETTLE_MS = 10_000

interface StoredMilestone {
  id: string
  status: string
  notes: string
  title: { en: string; ko: string }
}
interface StoredData {
  roadmaps: { id: string; milestones: StoredMilestone[] }[]
  timer: unknown
}

/** Why a round lost something, or null when nothing was lost. */
type Round = (context: BrowserContext, delay: number) => Promise<string | null>
type Leave = 'reload' | 'navigate' | 'close' | 'blank'

let base = ''

async function stored(page: Page): Promise<StoredData | null> {
  const envelope = (await getStoredValue(page)) as { data?: StoredData } | undefined
  return envelope?.data ?? null
}

/** The app has loaded its data (the save status is shown with a state other than loading). */
async function ready(page: Page) {
  await page.waitForFunction(
    () => {
      const s = document.querySelector('[data-testid="save-status"]')
      return !!s && s.getAttribute('data-status') !== 'loading' && !!document.querySelector('h1')
    },
    undefined,
    { timeout: SETTLE_MS },
  )
}

/** Waits until the tab says "saved"; false when it never does. */
async function saved(page: Page): Promise<boolean> {
  try {
    await page
      .locator('[data-testid="save-status"][data-status="saved"]')
      .waitFor({ timeout: SETTLE_MS })
    return true
  } catch {
    return false
  }
}

async function newRoadmap(page: Page) {
  await page.goto(`${base}/welcome`)
  await page.getByRole('radio', { name: /AI engineer job/ }).check()
  await page.getByRole('button', { name: 'Create my roadmap' }).click()
}

/** A stored roadmap, open on `path`, after its first save. */
async function withRoadmap(context: BrowserContext, path = '/list'): Promise<Page> {
  const page = await context.newPage()
  await newRoadmap(page)
  await page.getByRole('heading', { level: 1, name: 'AI engineer roadmap' }).waitFor()
  if (!(await saved(page))) throw new Error('setup: the first roadmap was not saved')
  if (path !== '/') {
    await page.goto(`${base}${path}`)
    await ready(page)
  }
  return page
}

/** Leaves the page as `how` says and returns the page that shows the app next, loaded. */
async function leave(page: Page, context: BrowserContext, how: Leave, path: string) {
  let next = page
  if (how === 'reload') await page.reload()
  else if (how === 'navigate') await page.goto(`${base}${path}`)
  else if (how === 'blank') {
    await page.goto('about:blank')
    await page.goto(`${base}/`)
  } else {
    await page.close()
    next = await context.newPage()
    await next.goto(`${base}/`)
  }
  await ready(next)
  return next
}

const milestoneIds = (page: Page) =>
  page.locator('li.milestone').evaluateAll((els) => els.map((e) => e.id.replace(/^m-/, '')))

const titleOf = (m: StoredMilestone) => m.title.en || m.title.ko

const statusOf = (data: StoredData | null, id: string) =>
  data?.roadmaps[0]?.milestones.find((m) => m.id === id)?.status

const markDone = (page: Page, id: string) =>
  page.locator(`li.milestone[id="m-${id}"]`).getByText('Done', { exact: true }).click()

// ------------------------------------------------------------------ variants

const newThenLeave =
  (how: Leave): Round =>
  async (context, delay) => {
    const page = await context.newPage()
    await newRoadmap(page)
    await page.waitForTimeout(delay)
    const next = await leave(page, context, how, '/list')
    const path = new URL(next.url()).pathname
    if (path === '/welcome') return `the questionnaire again (${path})`
    if (!(await saved(next))) return 'not saved on the next page'
    if (!(await stored(next))?.roadmaps.length) return 'no roadmap stored'
    return null
  }

const editThenLeave =
  (how: Leave, edits: 1 | 2): Round =>
  async (context, delay) => {
    const page = await withRoadmap(context)
    const ids = (await milestoneIds(page)).slice(0, edits)
    for (const id of ids) await markDone(page, id)
    await page.waitForTimeout(delay)
    const next = await leave(page, context, how, '/list')
    await saved(next)
    const data = await stored(next)
    const lost = ids.filter((id) => statusOf(data, id) !== 'done')
    return lost.length ? `${lost.length} of ${ids.length} status edits missing` : null
  }

/** Opens the graph's side panel of the first card and returns its notes field. */
async function openNotes(page: Page) {
  const card = page.locator('[data-testid="graph"] .cards > [data-id]').first()
  const id = (await card.getAttribute('data-id'))!
  await card.focus()
  await page.keyboard.press('Enter')
  const notes = page.getByTestId('milestone-panel').getByLabel('Notes')
  await notes.waitFor()
  return { id, notes }
}

const typeThenReload: Round = async (context, delay) => {
  const page = await withRoadmap(context, '/')
  const { id, notes } = await openNotes(page)
  const text = `note ${delay} 시맨틱 태그와 flexbox 정리`
  await notes.pressSequentially(text)
  await page.waitForTimeout(delay)
  const next = await leave(page, context, 'reload', '/')
  await saved(next)
  const got = (await stored(next))?.roadmaps[0]?.milestones.find((m) => m.id === id)?.notes
  return got === text ? null : `note stored as ${JSON.stringify(got)}`
}

async function secondTab(context: BrowserContext, path: string): Promise<Page> {
  const b = await context.newPage()
  await b.goto(`${base}${path}`)
  await ready(b)
  await saved(b)
  return b
}

/** Polls IndexedDB until `ok` holds (then null) or the time is up (then the last reason). */
async function eventually(page: Page, check: (d: StoredData | null) => string | null) {
  const until = Date.now() + SETTLE_MS
  let reason: string | null = 'never checked'
  while (Date.now() < until) {
    reason = check(await stored(page))
    if (!reason) return null
    await page.waitForTimeout(100)
  }
  return reason
}

const twoTabsDifferentMilestones: Round = async (context, delay) => {
  const a = await withRoadmap(context)
  const b = await secondTab(context, '/list')
  const [first, second] = await milestoneIds(a)
  await markDone(a, first!)
  await b.waitForTimeout(delay / 4) // 0–100 ms apart
  await markDone(b, second!)
  await Promise.all([saved(a), saved(b)])
  return eventually(a, (d) => {
    const lost = [first!, second!].filter((id) => statusOf(d, id) !== 'done')
    return lost.length ? `${lost.length} of 2 edits missing` : null
  })
}

const typeWhileOtherSaves: Round = async (context, delay) => {
  const a = await withRoadmap(context)
  const b = await secondTab(context, '/')
  const { id: noted, notes } = await openNotes(b)
  const done = (await milestoneIds(a)).find((id) => id !== noted)!
  const text = '시맨틱 태그와 flexbox 정리'
  const typing = notes.pressSequentially(text, { delay: 15 })
  await a.waitForTimeout(delay / 2)
  await markDone(a, done)
  await typing
  const shown = await notes.inputValue()
  if (shown !== text) return `the field shows ${JSON.stringify(shown)}`
  await Promise.all([saved(a), saved(b)])
  return eventually(a, (d) => {
    const m = d?.roadmaps[0]?.milestones.find((x) => x.id === noted)
    if (m?.notes !== text) return `note stored as ${JSON.stringify(m?.notes)}`
    return statusOf(d, done) === 'done' ? null : 'the other tab’s status edit is missing'
  })
}

const timerThenLeave =
  (how: Leave): Round =>
  async (context, delay) => {
    const page = await withRoadmap(context)
    await page
      .locator('li.milestone')
      .first()
      .getByRole('button', { name: /^Start timer/ })
      .click()
    await page.waitForTimeout(delay)
    const next = await leave(page, context, how, '/time')
    const bar = await next
      .getByTestId('timer-bar')
      .waitFor({ timeout: 3000 })
      .then(() => true)
      .catch(() => false)
    await saved(next)
    const timer = (await stored(next))?.timer
    if (!bar) return 'no timer bar after the reload'
    return timer ? null : 'no timer stored'
  }

/** Adds a milestone titled `title` from the graph's toolbar. */
async function addMilestone(page: Page, title: string) {
  await page.getByRole('button', { name: 'Add milestone' }).click()
  const form = page.getByTestId('new-milestone')
  await form.getByLabel('Title').fill(title)
  await form.getByRole('button', { name: 'Add it' }).click()
}

const addThenReload: Round = async (context, delay) => {
  const page = await withRoadmap(context, '/')
  const title = `Added ${delay}`
  await addMilestone(page, title)
  await page.waitForTimeout(delay)
  const next = await leave(page, context, 'reload', '/')
  await saved(next)
  const data = await stored(next)
  return data?.roadmaps[0]?.milestones.some((m) => titleOf(m) === title)
    ? null
    : 'the added milestone is missing'
}

const undoThenReload: Round = async (context, delay) => {
  const page = await withRoadmap(context, '/')
  const title = `Undone ${delay}`
  await addMilestone(page, title)
  await page.getByRole('heading', { name: title }).waitFor()
  await saved(page)
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await page.waitForTimeout(delay)
  const next = await leave(page, context, 'reload', '/')
  await saved(next)
  const data = await stored(next)
  return data?.roadmaps[0]?.milestones.some((m) => titleOf(m) === title)
    ? 'the undone milestone is still stored'
    : null
}

const importThenReload: Round = async (context, delay) => {
  const page = await withRoadmap(context, '/roadmaps')
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download this roadmap' }).click(),
  ])
  await page.getByLabel('File to import').setInputFiles(await download.path())
  await page.getByRole('button', { name: 'Add as a new roadmap' }).click()
  await page.waitForTimeout(delay)
  const next = await leave(page, context, 'reload', '/roadmaps')
  await saved(next)
  const count = (await stored(next))?.roadmaps.length ?? 0
  return count === 2 ? null : `${count} roadmaps stored, not 2`
}

const VARIANTS: [string, Round][] = [
  ['new roadmap → reload', newThenLeave('reload')],
  ['new roadmap → navigate', newThenLeave('navigate')],
  ['new roadmap → close', newThenLeave('close')],
  ['new roadmap → blank page', newThenLeave('blank')],
  ['status edit → reload', editThenLeave('reload', 1)],
  ['status edit → navigate', editThenLeave('navigate', 1)],
  ['status edit → close', editThenLeave('close', 1)],
  ['two status edits → reload', editThenLeave('reload', 2)],
  ['add a milestone → reload', addThenReload],
  ['undo → reload', undoThenReload],
  ['import a roadmap → reload', importThenReload],
  ['typing a note → reload', typeThenReload],
  ['two tabs, different milestones', twoTabsDifferentMilestones],
  ['typing while the other tab saves', typeWhileOtherSaves],
  ['running timer → reload', timerThenLeave('reload')],
  ['running timer → close', timerThenLeave('close')],
]

async function run(browser: Browser) {
  const rand = prng(14)
  const results: { name: string; rounds: number; lost: number; errors: number; why: string[] }[] =
    []
  for (const [name, round] of VARIANTS) {
    if (ONLY && !name.includes(ONLY)) continue
    const result = { name, rounds: 0, lost: 0, errors: 0, why: [] as string[] }
    for (let i = 0; i < N; i++) {
      const delay = Math.round(rand() * MAX_DELAY_MS)
      const context = await browser.newContext({ locale: 'en-US', serviceWorkers: 'block' })
      try {
        const why = await round(context, delay)
        result.rounds++
        if (why) {
          result.lost++
          result.why.push(`${delay} ms: ${why}`)
        }
      } catch (error) {
        // A round the script could not drive (a setup step timed out) is neither a loss nor a
        // pass: it is counted apart, and any counts as a failure of the run.
        result.errors++
        result.why.push(`${delay} ms: error ${String(error).split('\n')[0]}`)
      } finally {
        await context.close()
      }
    }
    results.push(result)
    console.log(
      `${name.padEnd(36)} rounds ${String(result.rounds).padStart(3)}  lost ${result.lost}` +
        (result.errors ? `  errors ${result.errors}` : ''),
    )
    for (const why of result.why.slice(0, 5)) console.log(`    ${why}`)
  }
  return results
}

async function main() {
  const server = await serveBuiltApp(PORT)
  base = server.url
  const browser = await launchChromium()
  const started = Date.now()
  try {
    console.log(`stress: ${N} rounds per variant, delays 0–${MAX_DELAY_MS} ms, ${base}`)
    const results = await run(browser)
    const lost = results.reduce((s, r) => s + r.lost, 0)
    const errors = results.reduce((s, r) => s + r.errors, 0)
    console.log(
      `total lost ${lost}, errors ${errors}, in ${Math.round((Date.now() - started) / 1000)} s`,
    )
    process.exitCode = lost || errors ? 1 : 0
  } finally {
    await browser.close()
    await server.close()
  }
}

void main()
