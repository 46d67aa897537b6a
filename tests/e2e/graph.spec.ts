import { readFile } from 'node:fs/promises'
import type { Locator, Page } from '@playwright/test'
import { expect, finishQuestionnaire, graphSettled, test, waitUntilSaved } from './fixtures'

test.use({ locale: 'en-US', viewport: { width: 1400, height: 900 } })

const NEW_TITLE = 'Write up a project retrospective'
const card = (page: Page, title: string) =>
  page.getByRole('button', {
    name: new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.`),
  })
const translate = (l: Locator) => l.getAttribute('transform')

async function centreOf(l: Locator) {
  const box = (await l.boundingBox())!
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

async function dragBy(page: Page, from: { x: number; y: number }, dx: number, dy: number) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  for (let i = 1; i <= 8; i++) await page.mouse.move(from.x + (dx * i) / 8, from.y + (dy * i) / 8)
  await page.mouse.up()
}

test('with the mouse: add, connect, refuse a loop, drag, undo/redo, status by key, reload', async ({
  page,
}) => {
  // Tall enough that the new card's free spot is clear of the notice at the bottom.
  await page.setViewportSize({ width: 1400, height: 1100 })
  await finishQuestionnaire(page)
  await graphSettled(page)
  const graph = page.getByTestId('graph')
  await expect(graph).toBeVisible()
  await expect(card(page, 'Math for ML')).toBeVisible()

  // Add a milestone.
  await page.getByRole('button', { name: 'Add milestone' }).click()
  const form = page.getByTestId('new-milestone')
  await form.getByRole('button', { name: 'Add it' }).click()
  await expect(form.getByText('Give the milestone a title.')).toBeVisible()
  await form.getByLabel('Title').fill(NEW_TITLE)
  await form.getByRole('button', { name: 'Add it' }).click()
  const added = card(page, NEW_TITLE)
  await expect(added).toBeVisible()
  const panel = page.getByTestId('milestone-panel')
  await expect(panel.getByRole('heading', { name: NEW_TITLE })).toBeVisible()

  // Connect from the panel: Math for ML comes first.
  await panel.getByLabel('Prerequisite to add').selectOption({ label: 'Math for ML' })
  await panel.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(
    panel.getByRole('button', { name: 'Remove the prerequisite “Math for ML”' }),
  ).toBeVisible()

  // Connect by dragging the new card's handle onto "Learn PyTorch".
  await panel.getByRole('button', { name: 'Close the details' }).click()
  await added.hover()
  const handle = await centreOf(added.locator('[data-handle] .dot'))
  const target = await centreOf(card(page, 'Learn PyTorch'))
  await dragBy(page, handle, target.x - handle.x, target.y - handle.y)
  await expect(page.getByText(`“${NEW_TITLE}” now comes before “Learn PyTorch”.`)).toBeVisible()
  await expect(card(page, 'Learn PyTorch')).toHaveAttribute(
    'aria-label',
    new RegExp(`After: .*${NEW_TITLE}`),
  )

  // A loop is not offered: what already comes after is disabled, with the reason.
  await card(page, 'Math for ML').click()
  await expect(
    panel.getByRole('option', {
      name: 'Learn PyTorch (comes after this one: it would make a loop)',
    }),
  ).toBeDisabled()
  await panel.getByRole('button', { name: 'Close the details' }).click()

  // Drag a card, undo, redo.
  const before = await translate(added)
  await dragBy(page, await centreOf(added.locator('rect.bg')), 120, 90)
  const moved = await translate(added)
  expect(moved).not.toBe(before)
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await expect(added).toHaveAttribute('transform', before!)
  await page.getByRole('button', { name: 'Redo', exact: true }).click()
  await expect(added).toHaveAttribute('transform', moved!)

  // Status by key on the focused card.
  await added.focus()
  await page.keyboard.press('d')
  await expect(added).toHaveAttribute('aria-label', new RegExp(`^${NEW_TITLE}\\. Done\\.`))
  await page.keyboard.press('Control+z')
  await expect(added).toHaveAttribute('aria-label', new RegExp(`^${NEW_TITLE}\\. To do\\.`))
  await page.keyboard.press('Control+Shift+z')
  await expect(added).toHaveAttribute('aria-label', new RegExp(`^${NEW_TITLE}\\. Done\\.`))

  await waitUntilSaved(page)
  await page.reload()
  const again = card(page, NEW_TITLE)
  await expect(again).toHaveAttribute(
    'aria-label',
    new RegExp(`^${NEW_TITLE}\\. Done\\..*After: Math for ML`),
  )
  await expect(again).toHaveAttribute('transform', moved!)
  await expect(card(page, 'Learn PyTorch')).toHaveAttribute(
    'aria-label',
    new RegExp(`After: .*${NEW_TITLE}`),
  )
})

test('with the keyboard only: the same journey', async ({ page }) => {
  await finishQuestionnaire(page)
  // Into the page from the top, like a keyboard user.
  const add = page.getByRole('button', { name: 'Add milestone' })
  for (let i = 0; i < 20 && !(await add.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(add).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('new-milestone').getByLabel('Title')).toBeFocused()
  await page.keyboard.type(NEW_TITLE)
  await page.keyboard.press('Enter')
  const panel = page.getByTestId('milestone-panel')
  await expect(panel.getByRole('heading', { name: NEW_TITLE })).toBeFocused()

  // Connect from the panel with the keyboard.
  const pick = panel.getByLabel('Prerequisite to add')
  for (let i = 0; i < 30 && !(await pick.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(pick).toBeFocused()
  await page.keyboard.type('Math for ML')
  await expect(pick).toHaveValue(/.+/)
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(
    panel.getByRole('button', { name: 'Remove the prerequisite “Math for ML”' }),
  ).toBeVisible()

  // Escape closes the panel and puts focus back on the card.
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  const added = card(page, NEW_TITLE)
  await expect(added).toBeFocused()

  // Arrow keys walk to the nearest card that way: of the cards within 45° to the left of the new
  // one (placed at the view's centre), the habit card; the column nearer in x is too far up.
  await page.keyboard.press('ArrowLeft')
  const habit = card(page, 'Habit: Medium and YouTube one-pointers')
  await expect(habit).toBeFocused()
  expect((await centreOf(habit)).x).toBeLessThan((await centreOf(added)).x)

  // A loop is refused: make the new card a prerequisite of Math for ML.
  const search = page.getByLabel('Find a milestone')
  await search.focus()
  await page.keyboard.type('Math for ML')
  await page.keyboard.press('Enter')
  const math = card(page, 'Math for ML')
  for (let i = 0; i < 12 && !(await math.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  await expect(math).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('heading', { name: 'Math for ML' })).toBeFocused()
  for (let i = 0; i < 30 && !(await pick.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab')
  // The new milestone comes after Math for ML: it is listed disabled, with the reason.
  await expect(
    pick.getByRole('option', { name: `${NEW_TITLE} (comes after this one: it would make a loop)` }),
  ).toBeDisabled()
  await page.keyboard.press('Escape')
  await expect(math).toBeFocused()

  // Move a card with Shift+arrows, undo and redo with the keys.
  const before = await translate(math)
  await page.keyboard.press('Shift+ArrowDown')
  await page.keyboard.press('Shift+ArrowDown')
  const moved = await translate(math)
  expect(moved).not.toBe(before)
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Control+z')
  await expect(math).toHaveAttribute('transform', before!)
  await page.keyboard.press('Control+Shift+z')
  await page.keyboard.press('Control+Shift+z')
  await expect(math).toHaveAttribute('transform', moved!)

  // Status keys and Space.
  await page.keyboard.press('l')
  await expect(math).toHaveAttribute('aria-label', /^Math for ML\. In progress\./)
  await page.keyboard.press(' ')
  await expect(math).toHaveAttribute('aria-label', /^Math for ML\. Done\./)

  // The shortcuts dialog.
  await page.keyboard.press('?')
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await waitUntilSaved(page)
  await page.reload()
  await expect(card(page, 'Math for ML')).toHaveAttribute('aria-label', /^Math for ML\. Done\./)
  await expect(card(page, 'Math for ML')).toHaveAttribute('transform', moved!)
  await expect(card(page, NEW_TITLE)).toHaveAttribute('aria-label', /After: Math for ML/)
})

test('the graph downloads as an SVG and a PNG that open', async ({ page }) => {
  await finishQuestionnaire(page)
  const svgDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'SVG', exact: true }).click()
  const svgFile = await svgDownload
  expect(svgFile.suggestedFilename()).toBe('ml-roadmap.svg')
  const svg = await readFile((await svgFile.path())!, 'utf8')
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml')
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      cards: doc.querySelectorAll('g.card').length,
      text: doc.documentElement.textContent ?? '',
      lines: Object.fromEntries(
        [...doc.querySelectorAll('g.card')].map((g) => [
          g.getAttribute('data-id'),
          [...g.querySelectorAll('tspan')].map((t) => t.textContent),
        ]),
      ),
    }
  }, svg)
  expect(parsed.error).toBeNull()
  expect(parsed.root).toBe('svg')
  expect(parsed.cards).toBeGreaterThanOrEqual(30)
  expect(parsed.text).toContain('Math for ML')
  // Every card on screen breaks its title exactly where the export breaks it.
  const onScreen = await page
    .getByTestId('graph')
    .locator('g.card-text')
    .evaluateAll((groups) =>
      groups.map((g) => ({
        id: g.previousElementSibling?.getAttribute('data-id'),
        lines: [...g.querySelectorAll('tspan')].map((t) => t.textContent),
      })),
    )
  expect(onScreen.length).toBeGreaterThan(10)
  for (const c of onScreen) expect(parsed.lines[c.id!], c.id!).toEqual(c.lines)

  const pngDownload = page.waitForEvent('download')
  await page.getByRole('button', { name: 'PNG', exact: true }).click()
  const pngFile = await pngDownload
  expect(pngFile.suggestedFilename()).toBe('ml-roadmap.png')
  const png = await readFile((await pngFile.path())!)
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const width = png.readUInt32BE(16)
  const height = png.readUInt32BE(20)
  expect(width).toBeGreaterThan(1000)
  expect(height).toBeGreaterThan(300)
  // It decodes as an image in the browser too.
  const size = await page.evaluate(async (b64) => {
    const img = new Image()
    img.src = `data:image/png;base64,${b64}`
    await img.decode()
    return [img.naturalWidth, img.naturalHeight]
  }, png.toString('base64'))
  expect(size).toEqual([width, height])
})

test('printing shows the whole graph', async ({ page }) => {
  await finishQuestionnaire(page)
  // The drawing code loads just after the graph's first frame (issue #15's budget); a print
  // asked for before it has arrived prints nothing yet (noted in the closing note of #15).
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
  await page.emulateMedia({ media: 'print' })
  const pages = page.locator('.print-only > svg')
  // All of it on the first page, then legible parts of it.
  await expect(pages.first()).toBeVisible()
  await expect(page.getByTestId('graph')).toBeHidden()
  expect(await pages.first().locator('g.card').count()).toBeGreaterThanOrEqual(30)
  expect(await pages.count()).toBeGreaterThan(2)
  expect(await pages.nth(1).getAttribute('viewBox')).toBe('0 0 1120 740')
  const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
})

test('a selection box selects cards; the selection gets one status in one undo step', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await graphSettled(page)
  // Double-click on empty space opens the new-milestone form there; Escape closes it.
  await page.getByTestId('graph').dblclick({ position: { x: 6, y: 6 } })
  await expect(page.getByTestId('new-milestone').getByLabel('Title')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('new-milestone')).toBeHidden()

  // Math for ML and the card right below it in the same column, whatever the layout.
  const a = (await card(page, 'Math for ML').boundingBox())!
  const cards = page.getByTestId('graph').locator('g[role="button"][aria-label]')
  let below: {
    box: { x: number; y: number; width: number; height: number }
    title: string
  } | null = null
  for (const c of await cards.all()) {
    const box = await c.boundingBox()
    if (!box || Math.abs(box.x - a.x) > 2 || box.y <= a.y) continue
    if (!below || box.y < below.box.y)
      below = { box, title: (await c.getAttribute('aria-label'))!.split('. ')[0]! }
  }
  const b = below!.box
  const other = card(page, below!.title)
  await page.keyboard.down('Shift')
  await dragBy(page, { x: a.x - 8, y: a.y - 12 }, a.width / 2 + 8, b.y + b.height / 2 - a.y + 12)
  await page.keyboard.up('Shift')
  const bar = page.getByTestId('selection-bar')
  await expect(bar).toContainText('2 selected')
  await bar.getByRole('button', { name: 'Skipped' }).click()
  await expect(card(page, 'Math for ML')).toHaveAttribute('aria-label', /^Math for ML\. Skipped\./)
  await expect(other).toHaveAttribute('aria-label', /\. Skipped\./)
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(card(page, 'Math for ML')).toHaveAttribute('aria-label', /^Math for ML\. To do\./)
  await expect(other).toHaveAttribute('aria-label', /\. To do\./)
})

test('auto-arrange tidies hand-placed cards, and one undo puts them back', async ({ page }) => {
  await finishQuestionnaire(page)
  await graphSettled(page)
  const pytorch = card(page, 'Learn PyTorch')
  const laidOut = await translate(pytorch)
  await dragBy(page, await centreOf(pytorch.locator('rect.bg')), 140, -60)
  const byHand = await translate(pytorch)
  expect(byHand).not.toBe(laidOut)
  await page.getByRole('button', { name: 'Auto-arrange' }).click()
  await expect(pytorch).not.toHaveAttribute('transform', byHand!)
  await expect(page.getByRole('button', { name: 'Auto-arrange' })).toBeEnabled()
  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(pytorch).toHaveAttribute('transform', byHand!)
})

/**
 * A point of the graph's background, with no card within `clear` px of it, from where the
 * background also runs on to `offset` from it (where a pan moves that point to).
 */
async function emptySpot(page: Page, offset = { x: 0, y: 0 }, clear = 40) {
  const spot = await page.getByTestId('graph').evaluate(
    (svg, { offset, clear }) => {
      const box = svg.getBoundingClientRect()
      const free = (x: number, y: number) =>
        [-clear, 0, clear].every((d) =>
          [
            [x + d, y],
            [x, y + d],
          ].every(([px, py]) => {
            const el = document.elementFromPoint(px!, py!)
            return el !== null && svg.contains(el) && !el.closest('[data-id]')
          }),
        )
      for (let y = box.top + 60; y < box.bottom - 60; y += 10)
        for (let x = box.left + 60; x < box.right - 260; x += 20)
          if (free(x, y) && free(x + offset.x, y + offset.y)) return { x, y }
      return null
    },
    { offset, clear },
  )
  expect(spot).not.toBeNull()
  return spot!
}

test('the wheel zooms about the pointer; dragging the background pans; a drag is not a click', async ({
  page,
}) => {
  await finishQuestionnaire(page)
  await graphSettled(page)
  const math = card(page, 'Math for ML')
  const body = math.locator('rect.bg')
  /** The zoom scale, from the transform on the graph's layer. */
  const scale = () =>
    page
      .getByTestId('graph')
      .evaluate((svg) =>
        Number(
          /scale\(([-\d.e]+)\)/.exec(
            svg.querySelector(':scope > g')!.getAttribute('transform')!,
          )![1],
        ),
      )
  const k0 = await scale()
  const c = await centreOf(body)

  // Wheel up over the card: the view zooms in by 2^0.4, about the point under the pointer.
  await page.mouse.move(c.x, c.y)
  await page.mouse.wheel(0, -200)
  await expect.poll(scale).toBeGreaterThan(k0)
  expect((await scale()) / k0).toBeCloseTo(2 ** 0.4, 5)
  const after = await centreOf(body)
  expect(Math.abs(after.x - c.x)).toBeLessThan(2)
  expect(Math.abs(after.y - c.y)).toBeLessThan(2)
  // However far the wheel goes, the scale stays within its extent.
  for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -1000)
  await expect.poll(scale).toBe(2.5)
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1000)
  await expect.poll(scale).toBe(0.02)
  await page.getByRole('button', { name: 'Fit' }).click()
  // The fit glides for a quarter second; wait until the view stands still.
  const layerTransform = () =>
    page
      .getByTestId('graph')
      .evaluate((svg) => svg.querySelector(':scope > g')!.getAttribute('transform'))
  await expect
    .poll(async () => {
      const t = await layerTransform()
      await page.waitForTimeout(100)
      return t === (await layerTransform()) && (await scale()) > 0.02
    })
    .toBe(true)

  // A click on a card selects it and opens it, even if the hand shook a little.
  const panel = page.getByTestId('milestone-panel')
  const m = await centreOf(math.locator('rect.bg'))
  await page.mouse.move(m.x, m.y)
  await page.mouse.down()
  await page.mouse.move(m.x + 1, m.y + 1)
  await page.mouse.up()
  await expect(panel.getByRole('heading', { name: 'Math for ML' })).toBeVisible()
  await expect(math).toHaveAttribute('aria-pressed', 'true')
  await panel.getByRole('button', { name: 'Close the details' }).click()

  // Dragging the background pans by as much, and is not a click: the selection stays.
  const spot = await emptySpot(page, { x: 100, y: 60 })
  const from = await centreOf(math)
  await dragBy(page, spot, 100, 60)
  const to = await centreOf(math)
  expect(to.x - from.x).toBeCloseTo(100, 0)
  expect(to.y - from.y).toBeCloseTo(60, 0)
  await expect(math).toHaveAttribute('aria-pressed', 'true')
  // A click on the background clears it.
  await page.mouse.click(spot.x + 100, spot.y + 60)
  await expect(math).toHaveAttribute('aria-pressed', 'false')

  // Dragging a card moves it without opening it.
  await dragBy(page, await centreOf(math.locator('rect.bg')), 40, 30)
  await expect(panel).toBeHidden()
  await expect(math).toHaveAttribute('aria-pressed', 'false')

  // Shift-drag a box around two cards, then drag one: both move, as one undo step.
  const pytorch = card(page, 'Learn PyTorch')
  const a = (await math.boundingBox())!
  const b = (await pytorch.boundingBox())!
  const corner = { x: Math.min(a.x, b.x) - 10, y: Math.min(a.y, b.y) - 10 }
  const far = { x: Math.max(a.x + a.width, b.x + b.width) + 10, y: Math.max(a.y, b.y) + 30 }
  await page.keyboard.down('Shift')
  await dragBy(page, corner, far.x - corner.x, far.y - corner.y)
  await page.keyboard.up('Shift')
  await expect(page.getByTestId('selection-bar')).toContainText(/\d+ selected/)
  await expect(math).toHaveAttribute('aria-pressed', 'true')
  await expect(pytorch).toHaveAttribute('aria-pressed', 'true')
  const [m0, p0] = [await translate(math), await translate(pytorch)]
  await dragBy(page, await centreOf(pytorch.locator('rect.bg')), 0, 80)
  expect(await translate(math)).not.toBe(m0)
  expect(await translate(pytorch)).not.toBe(p0)
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click()
  await expect(math).toHaveAttribute('transform', m0!)
  await expect(pytorch).toHaveAttribute('transform', p0!)
})

const layerScale = (page: Page) =>
  page
    .getByTestId('graph')
    .evaluate((svg) =>
      Number(
        /scale\(([-\d.e]+)\)/.exec(
          svg.querySelector(':scope > g')?.getAttribute('transform') ?? '',
        )?.[1],
      ),
    )
/** How large a text is on screen, in CSS px: its font size through the zoom. */
const screenFontSize = (l: Locator) =>
  l.evaluate(
    (el) =>
      parseFloat(getComputedStyle(el).fontSize) *
      ((el as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1),
  )

test('zoomed out by Fit, every card is named by a readable track label; a search lands readable', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await finishQuestionnaire(page)
  const graph = page.getByTestId('graph')
  // The first view: titles at their full size.
  const firstTitle = graph.locator('g.card-text text.title').first()
  expect(await screenFontSize(firstTitle)).toBeGreaterThanOrEqual(12)

  await page.getByRole('button', { name: 'Fit', exact: true }).click()
  expect(await layerScale(page)).toBeLessThan(0.6)
  // No text too small to read: the cards drop theirs, and labels name their tracks.
  await expect(graph.locator('g.card-text')).toHaveCount(0)
  await expect(page.getByTestId('track-labels').locator('.track-label').first()).toBeVisible()
  const seen = await page.evaluate(() => {
    const svg = document.querySelector('[data-testid="graph"]')!
    const box = svg.getBoundingClientRect()
    const inside = (r: DOMRect) =>
      r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom
    const cards = [...svg.querySelectorAll('g.card')]
      .filter((g) => {
        const r = g.getBoundingClientRect()
        return r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom
      })
      .map((g) => g.getAttribute('data-id')!)
    const labels = [...document.querySelectorAll<HTMLElement>('[data-testid="track-labels"] > *')]
      .filter((l) => getComputedStyle(l).visibility === 'visible')
      .map((l) => {
        const r = l.getBoundingClientRect()
        return {
          text: l.textContent ?? '',
          ids: (l.dataset.for ?? '').split(' '),
          size: parseFloat(getComputedStyle(l).fontSize),
          inside: inside(r),
          rect: { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom },
        }
      })
    return { cards, labels }
  })
  expect(seen.cards.length).toBeGreaterThanOrEqual(30)
  const named = new Set(seen.labels.flatMap((l) => l.ids))
  expect(seen.cards.filter((id) => !named.has(id))).toEqual([])
  expect(seen.labels.map((l) => l.text)).toContain('ML foundations')
  for (const l of seen.labels) {
    expect(l.size, l.text).toBeGreaterThanOrEqual(12)
    expect(l.inside, l.text).toBe(true)
  }
  // Labels never cover each other.
  for (const [i, a] of seen.labels.entries())
    for (const b of seen.labels.slice(i + 1))
      expect(
        a.rect.x1 <= b.rect.x0 ||
          b.rect.x1 <= a.rect.x0 ||
          a.rect.y1 <= b.rect.y0 ||
          b.rect.y1 <= a.rect.y0,
        `${a.text} / ${b.text}`,
      ).toBe(true)

  // Find from there: the view zooms in to where titles are readable, the match in view.
  const search = page.getByRole('searchbox', { name: 'Find a milestone' })
  await search.fill('paper')
  await search.press('Enter')
  const current = graph.locator('g.card.current')
  await expect(current).toHaveCount(1)
  expect(await layerScale(page)).toBeGreaterThanOrEqual(1)
  await expect(page.getByTestId('track-labels')).toHaveCount(0)
  const id = await current.getAttribute('data-id')
  const title = graph.locator(`g.card[data-id="${id}"] + g.card-text text.title`)
  expect(await screenFontSize(title)).toBeGreaterThanOrEqual(12)
  const [gb, cb] = [(await graph.boundingBox())!, (await current.boundingBox())!]
  expect(cb.x).toBeGreaterThanOrEqual(gb.x)
  expect(cb.x + cb.width).toBeLessThanOrEqual(gb.x + gb.width)
  expect(cb.y).toBeGreaterThanOrEqual(gb.y)
  expect(cb.y + cb.height).toBeLessThanOrEqual(gb.y + gb.height)
})

test('a title the card cuts short shows in full on hover and on keyboard focus, also zoomed out', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' })
  await finishQuestionnaire(page)
  await graphSettled(page)
  const graph = page.getByTestId('graph')
  const full = 'Read the latest peer-reviewed papers'
  const long = card(page, full)
  const id = await long.getAttribute('data-id')
  // The card itself cuts it, inside its own edge.
  const drawn = graph.locator(`g.card[data-id="${id}"] + g.card-text text.title`)
  await expect(drawn).toContainText('…')
  const [textBox, cardBox] = [(await drawn.boundingBox())!, (await long.boundingBox())!]
  expect(textBox.x + textBox.width).toBeLessThanOrEqual(cardBox.x + cardBox.width)

  const tip = page.getByTestId('card-tip')
  await long.hover()
  await expect(tip).toBeVisible()
  await expect(tip.locator('strong')).toHaveText(full)
  expect(await screenFontSize(tip.locator('strong'))).toBeGreaterThanOrEqual(12)
  await page.mouse.move(5, 5)
  await expect(tip).toHaveCount(0)
  // A title that fits gets no tip.
  await card(page, 'Math for ML').hover()
  await expect(tip).toHaveCount(0)
  await page.mouse.move(5, 5)

  // By keyboard: focus shows it, Escape puts it away.
  await long.focus()
  await expect(tip.locator('strong')).toHaveText(full)
  await page.keyboard.press('Escape')
  await expect(tip).toHaveCount(0)

  // Zoomed out, where cards show no text, every card tells its title on hover.
  await page.getByRole('button', { name: 'Fit', exact: true }).click()
  await expect(graph.locator('g.card-text')).toHaveCount(0)
  await card(page, 'Math for ML').hover()
  await expect(tip.locator('strong')).toHaveText('Math for ML')
  await expect(tip).toContainText('ML foundations')
})

test('the legend tells which colour is which track, as the cards show them', async ({ page }) => {
  await finishQuestionnaire(page)
  const legend = page.getByTestId('graph-legend')
  const toggle = legend.getByText('Tracks', { exact: true })
  await expect(legend.locator('li').first()).toBeHidden()
  await toggle.click()
  const items = legend.locator('li')
  await expect(items.first()).toBeVisible()
  const tracks = await items.evaluateAll((lis) =>
    lis.map((li) => ({
      name: li.textContent?.trim(),
      colour: getComputedStyle(li.querySelector('.swatch')!).backgroundColor,
    })),
  )
  expect(tracks.map((t) => t.name)).toContain('ML foundations')
  // The stripe of "Math for ML" (ML foundations) has the legend's colour for that track.
  const id = await card(page, 'Math for ML').getAttribute('data-id')
  const stripe = await page
    .locator(`g.card[data-id="${id}"] rect.stripe`)
    .evaluate((r) => getComputedStyle(r).fill)
  expect(stripe).toBe(tracks.find((t) => t.name === 'ML foundations')!.colour)
  // Its colours are distinct: one colour, one track.
  expect(new Set(tracks.map((t) => t.colour)).size).toBe(tracks.length)
})
