/**
 * A build plugin (vite.config.ts) that puts a small inline script in index.html's head: it reads
 * the start hint (`src/storage/startHint.ts`) and asks the browser for the likely first view's
 * files (its JavaScript, its styles, its words in the hinted language) while the page is still
 * parsed, before the entry script has even arrived. `main.ts` asks for the same files once the
 * entry runs, and storage still decides the view: this only starts the downloads earlier
 * (issue #18), and a wrong guess costs downloads that are not used. The files are the ones
 * `scripts/firstView.ts` counts for the size budget, less the entry's own.
 */
import { relative } from 'node:path'
import { normalizePath, type IndexHtmlTransformContext, type Plugin } from 'vite'
import { showStartupFailure } from '../src/i18n/startupFailure.ts'
import { earlyOpenSource } from '../src/storage/earlyOpen.ts'
import { APP_KEY, DB_NAME, START_HINT_KEY, STORE_NAME } from '../src/storage/keys.ts'
import { awaitedModules, entryKey, staticClosure, VIEWS, type Manifest } from './firstView.ts'

type Locale = 'en' | 'ko'

/** The first views the script knows: the graph for a hinted roadmap, else the questionnaire. */
export type StartFiles = Record<'graph' | 'welcome', Record<Locale, string[]>>

/** The build's chunks as a manifest (keys: source paths from the root, or the file name). */
export function manifestOf(
  bundle: NonNullable<IndexHtmlTransformContext['bundle']>,
  root: string,
): Manifest {
  const keyOf = new Map<string, string>()
  for (const out of Object.values(bundle))
    if (out.type === 'chunk')
      keyOf.set(
        out.fileName,
        out.facadeModuleId ? normalizePath(relative(root, out.facadeModuleId)) : `_${out.fileName}`,
      )
  const manifest: Manifest = {}
  for (const out of Object.values(bundle)) {
    if (out.type !== 'chunk') continue
    manifest[keyOf.get(out.fileName)!] = {
      file: out.fileName,
      isEntry: out.isEntry,
      isDynamicEntry: out.isDynamicEntry,
      imports: out.imports.map((f) => keyOf.get(f)!).filter(Boolean),
      css: [
        ...((out as { viteMetadata?: { importedCss?: Set<string> } }).viteMetadata?.importedCss ??
          []),
      ],
    }
  }
  return manifest
}

/** Each first view's files per language, without the entry's, JavaScript then styles. */
export function startFiles(manifest: Manifest, base: string): StartFiles {
  const entry = entryKey(manifest)
  const loaded = new Set(staticClosure(manifest, [entry]))
  const byFile = new Map(Object.values(manifest).map((c) => [c.file, c]))
  const files = (route: string, locale: Locale) => {
    const view = VIEWS.find((v) => v.route === route)!
    const js = staticClosure(manifest, awaitedModules(view, locale)).filter((f) => !loaded.has(f))
    const css = [...new Set(js.flatMap((f) => byFile.get(f)?.css ?? []))]
    return [...js, ...css].map((f) => base + f)
  }
  const both = (route: string) => ({ en: files(route, 'en'), ko: files(route, 'ko') })
  return { graph: both('/'), welcome: both('/welcome') }
}

/**
 * The inline script. The hint is read as `readStartHint` reads it, the language as `main.ts`
 * picks it (the hint's, else the browser's as `pickLocale` does), and the view as the router
 * would send the start address (the graph with a roadmap, else the questionnaire); the
 * questionnaire's own address always shows it. Other addresses are left to `main.ts`. Before
 * all that, on every address, it opens the database and reads what the app reads first
 * (`src/storage/earlyOpen.ts`), before its first view whatever the view. A copy of
 * that logic, kept small on purpose: it runs before any module, and the unit tests hold it to
 * `readStartHint` and `pickLocale`. It also listens for the entry failing to download (or a file
 * the entry imports; the entry is known by `markEntry`'s `data-entry`): the page would stay
 * blank, so it shows the start-up failure as `main.ts` does when its start fails, with
 * `showStartupFailure`'s own source, in the same language. Links carry `crossorigin` as Vite's own preloads do, so that they are the same
 * requests.
 */
export function startScript(files: StartFiles, base = '/'): string {
  return `(function () {
  try {
    try {
      if (window.indexedDB) {
        ${earlyOpenSource(DB_NAME, STORE_NAME, APP_KEY)}
      }
    } catch (e) {}
    var files = ${JSON.stringify(files)}
    var hint = null
    try { hint = JSON.parse(localStorage.getItem(${JSON.stringify(START_HINT_KEY)}) || 'null') } catch (e) {}
    if (!hint || typeof hint.roadmap !== 'boolean' || (hint.locale !== 'ko' && hint.locale !== 'en')) hint = null
    var first = (navigator.languages || [navigator.language]).filter(function (l) { return l && l.trim() !== '' })[0]
    var locale = hint ? hint.locale : first && /^ko\\b/i.test(first.trim()) ? 'ko' : 'en'
    // The entry (or a file it imports) could not be downloaded: nothing of the app runs, so the
    // app's own message is shown from here. Any other script's failure is not the start's.
    window.addEventListener('error', function (event) {
      var root = document.getElementById('app')
      var entry = event.target && event.target.hasAttribute && event.target.hasAttribute('data-entry')
      if (entry && root && !root.hasAttribute('data-v-app')) (${String(showStartupFailure)})(root, locale)
    }, true)
    var path = location.pathname
    var view = path === ${JSON.stringify(base)} ? (hint && hint.roadmap ? 'graph' : 'welcome') : path === ${JSON.stringify(base + 'welcome')} ? 'welcome' : null
    if (!view) return
    files[view][locale].forEach(function (href) {
      var link = document.createElement('link')
      var css = /\\.css$/.test(href)
      link.rel = css ? 'preload' : 'modulepreload'
      if (css) link.as = 'style'
      link.crossOrigin = ''
      link.href = href
      document.head.appendChild(link)
    })
  } catch (e) {}
})()`
}

/**
 * The entry script, marked. Render-blocking (`blocking="render"`): Chromium draws no frame before
 * the entry has loaded and run (the standard promises only before it has loaded). Such a frame
 * shows nothing (the app's element is empty until it mounts), yet it restyles the whole page
 * and came just as the entry arrived, delaying its evaluation (issue #18). And `data-entry`, by
 * which the start script knows the entry's own failure to download from any other script's.
 * Vite writes the entry's tag itself, without either attribute.
 */
export function markEntry(html: string): string {
  const entry = /<script type="module" crossorigin src=/g
  const found = html.match(entry)?.length ?? 0
  if (found !== 1) throw new Error(`expected one entry script in index.html, found ${found}`)
  return html.replace(entry, '<script type="module" crossorigin blocking="render" data-entry src=')
}

export function startPreload(): Plugin {
  let root = ''
  let base = '/'
  return {
    name: 'start-preload',
    apply: 'build',
    configResolved(config) {
      root = config.root
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html
        const script = startScript(startFiles(manifestOf(ctx.bundle, root), base), base)
        // Right after the charset (which must stay in the first 1,024 bytes), before the entry's
        // stylesheet: a script after a stylesheet waits for it to load.
        const charset = /<meta charset=[^>]*>/i.exec(html)
        if (!charset) throw new Error('index.html has no <meta charset>')
        const at = charset.index + charset[0].length
        return markEntry(`${html.slice(0, at)}\n    <script>${script}</script>${html.slice(at)}`)
      },
    },
  }
}
