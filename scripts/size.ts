/**
 * `npm run size`: the gzip size of the JavaScript each first view downloads, against the
 * budget of issue #8 (≤ 120 KB gzip for the larger of the two).
 *
 * CI runs it after the build and fails when either first view is over the budget.
 *
 *   npm run size            builds, then measures dist/
 *   tsx scripts/size.ts     measures the dist/ already built (CI, after `npm run build`)
 *   … --json                prints the result as JSON as well
 *   … --report              also writes bench/results/size.json and its table in
 *                           docs/PERFORMANCE.md (`npm run bench` does)
 *
 * First views (what a person sees first, in either language):
 *   - returning user: `/`, the graph view;
 *   - new user: `/welcome`, the questionnaire.
 * Each is the entry chunk and its static imports, plus the modules main.ts awaits before the
 * first paint: the view of the route and the message areas it needs in the UI language (the
 * shell and the route's `meta.areas`, see src/i18n/areas.ts; scripts/firstView.ts).
 * The figure is gzip -9 of each file, summed; 1 KB = 1,000 bytes, as Vite prints it.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { writeSection } from '../bench/report'
import { awaitedModules, firstViewFiles, VIEWS, type Manifest } from './firstView'

export const BUDGET_KB = 120
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const DIST = join(ROOT, 'dist')
const MANIFEST = join(DIST, '.vite/manifest.json')

export const LOCALES = ['en', 'ko'] as const

export interface SizeRow {
  view: string
  route: string
  locale: string
  files: { file: string; gzip: number }[]
  gzip: number
}

export function measure(manifest: Manifest, dist = DIST): SizeRow[] {
  const gz = new Map<string, number>()
  const size = (file: string) => {
    if (!gz.has(file)) gz.set(file, gzipSync(readFileSync(join(dist, file)), { level: 9 }).length)
    return gz.get(file)!
  }
  return VIEWS.flatMap((v) =>
    LOCALES.map((locale) => {
      const files = firstViewFiles(manifest, awaitedModules(v, locale)).map((file) => ({
        file,
        gzip: size(file),
      }))
      return {
        view: v.name,
        route: v.route,
        locale,
        files,
        gzip: files.reduce((a, f) => a + f.gzip, 0),
      }
    }),
  )
}

const kb = (bytes: number) => (bytes / 1000).toFixed(1)

async function main() {
  if (process.argv.includes('--build') || !existsSync(MANIFEST)) {
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' })
  }
  const rows = measure(JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest)
  const worst = rows.reduce((a, b) => (b.gzip > a.gzip ? b : a))
  for (const r of rows) {
    console.log(`\n${r.view}, ${r.locale}: ${kb(r.gzip)} KB gzip`)
    for (const f of [...r.files].sort((a, b) => b.gzip - a.gzip))
      console.log(`  ${kb(f.gzip).padStart(6)}  ${f.file}`)
  }
  const over = worst.gzip > BUDGET_KB * 1000
  console.log(
    `\nFirst view, largest: ${kb(worst.gzip)} KB gzip (${worst.route}, ${worst.locale}); budget ${BUDGET_KB} KB → ${over ? 'OVER BUDGET' : 'ok'}`,
  )
  const result = { date: new Date().toISOString(), budgetKB: BUDGET_KB, largest: worst.gzip, rows }
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2))
  if (process.argv.includes('--report')) {
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true })
    writeFileSync(join(ROOT, 'bench/results/size.json'), `${JSON.stringify(result, null, 2)}\n`)
    await writeSection('size', sizeTable(rows))
  }
  process.exitCode = over ? 1 : 0
}

export function sizeTable(rows: SizeRow[]): string {
  const worst = Math.max(...rows.map((r) => r.gzip))
  return [
    '| first view | language | JavaScript files | gzip KB | budget |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (r) =>
        `| ${r.view} | ${r.locale} | ${r.files.length} | ${r.gzip === worst ? `**${kb(r.gzip)}**` : kb(r.gzip)} | ≤ ${BUDGET_KB} ${r.gzip <= BUDGET_KB * 1000 ? '✓' : '✗ over'} |`,
    ),
  ].join('\n')
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
