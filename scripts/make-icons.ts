/**
 * Renders the app icons (public/icons/*.png) from the two SVGs in scripts/icons/ with Debian's
 * Chromium, so the PNGs are reproducible: `npm run icons`. The PNGs are committed; the build
 * does not run this.
 */
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../tests/e2e/chromium'

const sources = fileURLToPath(new URL('./icons/', import.meta.url))
const dir = fileURLToPath(new URL('../public/icons/', import.meta.url))

const targets = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon-180.png', size: 180 },
]

const browser = await chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, args: CHROMIUM_ARGS })
try {
  for (const { svg, png, size } of targets) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const source = await readFile(sources + svg, 'utf8')
    const sized = source.replace('<svg ', `<svg width="${size}" height="${size}" `)
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    )
    await page.screenshot({ path: dir + png, omitBackground: true })
    await page.close()
    console.log(`${png} ${size}×${size}`)
  }
} finally {
  await browser.close()
}
