/**
 * The JavaScript a first view downloads, read from Vite's build manifest
 * (`dist/.vite/manifest.json`, `build.manifest: true`): the entry chunk and everything it
 * imports statically, plus the lazy modules the start-up awaits before the first paint (the
 * route's view, the message areas it needs in the UI language) and everything those import
 * statically.
 * Dynamic imports inside them (e.g. the advice text when a card opens) are not followed.
 */

/** Each first view, with the message areas it awaits: the shell and its route's `meta.areas`. */
export const VIEWS = [
  {
    name: 'graph (/), returning user',
    route: '/',
    view: 'src/views/GraphView.vue',
    areas: ['shell', 'roadmap', 'graph'],
  },
  {
    name: 'questionnaire (/welcome), new user',
    route: '/welcome',
    view: 'src/views/OnboardingView.vue',
    areas: ['shell', 'onboarding'],
  },
] as const

/** The lazy modules a first view awaits before its first paint: the view and its messages. */
export function awaitedModules(view: (typeof VIEWS)[number], locale: string): string[] {
  return [view.view, ...view.areas.map((area) => `src/i18n/messages/${area}.${locale}.ts`)]
}
export interface ManifestChunk {
  file: string
  src?: string
  isEntry?: boolean
  isDynamicEntry?: boolean
  imports?: string[]
  dynamicImports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

/** The manifest key of the HTML entry. */
export function entryKey(manifest: Manifest): string {
  const entries = Object.entries(manifest).filter(([, c]) => c.isEntry)
  if (entries.length !== 1) throw new Error(`expected one entry chunk, found ${entries.length}`)
  return entries[0]![0]
}

/**
 * Output files (JavaScript only) of `roots` and their static imports, in a stable order.
 * Throws when a root is not in the manifest, so a renamed view cannot silently drop out.
 */
export function staticClosure(manifest: Manifest, roots: readonly string[]): string[] {
  const seen = new Set<string>()
  const files: string[] = []
  const visit = (key: string) => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`"${key}" is not in the build manifest`)
    if (chunk.file.endsWith('.js')) files.push(chunk.file)
    for (const next of chunk.imports ?? []) visit(next)
  }
  for (const root of roots) visit(root)
  return files
}

/** The JavaScript files of one first view: the entry plus the lazy modules it awaits. */
export function firstViewFiles(manifest: Manifest, lazy: readonly string[]): string[] {
  for (const key of lazy) {
    if (!manifest[key]?.isDynamicEntry) throw new Error(`"${key}" is not a lazily loaded module`)
  }
  return staticClosure(manifest, [entryKey(manifest), ...lazy])
}
