/**
 * A build plugin (vite.config.ts): the JavaScript every start runs through — the entry, and the
 * first views' own chunks (the graph, the questionnaire: `VIEWS`) — begins with V8's explicit
 * compile hint, `//# allFunctionsCalledOnLoad` (Chromium 136 and later; other browsers read a
 * comment). V8 then compiles every function of the file while it streams in, on a background
 * thread, instead of on the main thread the first time each one is called: the start's
 * JavaScript is nearly all called before the first view is drawn (Vue, the router, the stores,
 * storage, the view), and compiling it lazily was a fifth of the main thread's work up to then
 * (issue #18: the first view's main-thread CPU went from ~133 to ~107 ms, returning user).
 *
 * Only those chunks: the views' shared helpers are partly unused at start (the layout runs only
 * where no layout was kept) and hinting them measured no better; later views and their words
 * compile as before. A returning browser with the code cached does not compile them at all.
 */
import { relative } from 'node:path'
import { normalizePath, type Plugin } from 'vite'
import { VIEWS } from './firstView.ts'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** What the plugin needs of a bundle's chunk. */
export type HintedChunk = {
  type: 'chunk'
  code: string
  isEntry: boolean
  facadeModuleId: string | null
}

/** Whether `chunk` is one every start runs: the entry or a first view's own chunk. */
export function startsWith(chunk: HintedChunk, root: string): boolean {
  if (chunk.isEntry) return true
  if (!chunk.facadeModuleId) return false
  const source = normalizePath(relative(root, chunk.facadeModuleId))
  return VIEWS.some((v) => v.view === source)
}

/** Puts the hint on the first line of `chunk`, once: false where it was there already. */
export function hint(chunk: HintedChunk): boolean {
  if (chunk.code.startsWith(COMPILE_HINT)) return false
  chunk.code = `${COMPILE_HINT}\n${chunk.code}`
  return true
}

/** A source map (JSON) for the same code one line down: a first line without mappings. */
export function lineDown(map: string): string {
  const parsed = JSON.parse(map) as { mappings: string }
  return JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` })
}

export function compileHints(): Plugin {
  let root = ''
  return {
    name: 'compile-hints',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      root = config.root
    },
    // Last: Vite puts its preload helper's file list at the top of chunks in this hook too, and
    // the hint must be the file's first line.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const out of Object.values(bundle)) {
          if (out.type !== 'chunk' || !startsWith(out as HintedChunk, root)) continue
          if (!hint(out as HintedChunk)) continue
          // The source map is already a file of the bundle by now: it moves down a line too.
          const map = bundle[`${out.fileName}.map`]
          if (map?.type === 'asset') map.source = lineDown(String(map.source))
        }
      },
    },
  }
}
