import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AREAS, type Area } from '@/i18n/areas'
import { en } from '@/i18n/messages/en'
import { areaLoaders } from '@/i18n/setup'
import { routes } from '@/router'
import { VIEWS } from '../../../scripts/firstView'

/**
 * A view must never show a raw key because its route does not load an area. This walks the
 * source the way the app loads it: from App.vue with the shell, from each route's view with the
 * shell and the route's `meta.areas`, into every module imported statically or lazily, and into
 * components loaded by `useLazyComponent` with the areas they add. Every message key a module
 * names (a literal key, or the fixed start of a template literal) must belong to one of the
 * areas loaded there.
 */

const ROOT = process.cwd()
const SRC = join(ROOT, 'src')

type Tree = { [key: string]: string | Tree }
function leafKeys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  )
}
const KEYS = new Set(leafKeys(en))

/** Which area owns each top-level namespace. */
async function namespaceAreas(): Promise<Map<string, Area>> {
  const owner = new Map<string, Area>()
  for (const area of AREAS)
    for (const namespace of Object.keys(await areaLoaders[area].en())) owner.set(namespace, area)
  return owner
}

interface Module {
  /** Message namespaces the module names. */
  namespaces: Set<string>
  /** Modules it loads whenever it renders or runs, statically or with a plain `import()`. */
  imports: string[]
  /** Components it loads with `useLazyComponent`, and the areas they add. */
  lazy: { file: string; areas: Area[] }[]
}

function resolveImport(from: string, spec: string): string | null {
  const base = spec.startsWith('@/')
    ? join(SRC, spec.slice(2))
    : spec.startsWith('.')
      ? resolve(dirname(from), spec)
      : null
  if (!base) return null
  for (const file of [base, `${base}.ts`, `${base}.vue`, join(base, 'index.ts')])
    if (existsSync(file) && statSync(file).isFile()) return file
  throw new Error(`${relative(ROOT, from)}: cannot resolve ${spec}`)
}

const LAZY = /useLazyComponent\(\s*\(\)\s*=>\s*import\(\s*'([^']+)'\s*\),\s*\[([^\]]*)\]/g
const STATIC = /^\s*import\s+(?!type\s)(?:[^'"]*?\sfrom\s+)?'([^']+)'/gm
const DYNAMIC = /import\(\s*'([^']+)'\s*\)/g
const QUOTED = /(['"])([A-Za-z][\w-]*(?:\.[\w-]+)+)\1/g
const TEMPLATE = /`([A-Za-z][\w-]*\.[\w.-]*)\$\{/g

const modules = new Map<string, Module>()
function read(file: string): Module {
  let module = modules.get(file)
  if (module) return module
  const source = readFileSync(file, 'utf8')
  const namespaces = new Set<string>()
  for (const m of source.matchAll(QUOTED)) if (KEYS.has(m[2]!)) namespaces.add(m[2]!.split('.')[0]!)
  for (const m of source.matchAll(TEMPLATE))
    if ([...KEYS].some((k) => k.startsWith(m[1]!))) namespaces.add(m[1]!.split('.')[0]!)
  const lazy = [...source.matchAll(LAZY)].map((m) => ({
    file: resolveImport(file, m[1]!)!,
    areas: [...m[2]!.matchAll(/'(\w+)'/g)].map((a) => a[1] as Area),
  }))
  const lazyFiles = new Set(lazy.map((l) => l.file))
  const imports = [...source.matchAll(STATIC), ...source.matchAll(DYNAMIC)]
    .map((m) => resolveImport(file, m[1]!))
    .filter((f): f is string => !!f && !lazyFiles.has(f))
  module = { namespaces, imports, lazy }
  modules.set(file, module)
  return module
}

/** Every namespace used where its area is not loaded, as "where: file uses namespace (area)". */
function problems(
  owner: Map<string, Area>,
  roots: { where: string; file: string; areas: readonly Area[] }[],
): string[] {
  const out: string[] = []
  const seen = new Set<string>()
  const visit = (where: string, file: string, areas: ReadonlySet<Area>) => {
    const id = `${file}|${[...areas].sort().join()}`
    if (seen.has(id)) return
    seen.add(id)
    const module = read(file)
    for (const namespace of module.namespaces) {
      const area = owner.get(namespace)
      if (!area || !areas.has(area))
        out.push(`${where}: ${relative(ROOT, file)} uses ${namespace}.* (area ${area})`)
    }
    for (const next of module.imports) visit(where, next, areas)
    for (const l of module.lazy) visit(where, l.file, new Set([...areas, ...l.areas]))
  }
  for (const root of roots) visit(root.where, root.file, new Set(['shell', ...root.areas]))
  return out
}

/** App.vue with the shell, and each route's view with its areas. */
function appRoots(override?: { route: string; areas: readonly Area[] }) {
  return [
    { where: 'App.vue', file: join(SRC, 'App.vue'), areas: [] as readonly Area[] },
    ...routes.flatMap((route) => {
      if (!('component' in route)) return []
      const view = /\/src\/(views\/\w+\.vue)/.exec(String(route.component))
      if (!view) throw new Error(`route ${route.name}: no view found`)
      const areas: readonly Area[] =
        override && override.route === route.name ? override.areas : (route.meta?.areas ?? [])
      return [{ where: `route ${route.name}`, file: join(SRC, view[1]!), areas }]
    }),
  ]
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(vue|ts)$/.test(f) ? [p] : []
  })
}

describe('message areas', () => {
  it('are loaded wherever a module uses their keys: every route, every lazy component', async () => {
    const owner = await namespaceAreas()
    expect(problems(owner, appRoots())).toEqual([])
    // The walk reaches the components that use messages, not just the views.
    const used = [...modules].filter(([, m]) => m.namespaces.size > 0)
    expect(used.length).toBeGreaterThan(60)
    expect(modules.has(join(SRC, 'components/plan/MilestoneAdvice.vue'))).toBe(true)
  })

  it('are each needed by the route that declares them', async () => {
    const owner = await namespaceAreas()
    for (const route of routes) {
      const areas: readonly Area[] = route.meta?.areas ?? []
      for (const area of areas) {
        const fewer = areas.filter((a) => a !== area)
        expect(
          problems(owner, appRoots({ route: route.name!, areas: fewer })),
          `${route.name} without ${area}`,
        ).not.toEqual([])
      }
    }
  })

  it('are loaded by lazy components only when their route lacks them', async () => {
    const owner = await namespaceAreas()
    for (const file of sourceFiles(SRC)) {
      for (const l of read(file).lazy) {
        for (const area of l.areas) {
          const before = l.areas
          l.areas = before.filter((a) => a !== area)
          const found = problems(owner, appRoots())
          l.areas = before
          expect(found, `${relative(ROOT, l.file)} without ${area}`).not.toEqual([])
        }
      }
    }
  })

  it('are what the size budget counts for each first view', () => {
    for (const view of VIEWS) {
      const route = routes.find((r) => r.path === view.route)!
      const areas = route.meta?.areas ?? []
      expect([...view.areas].sort(), view.route).toEqual(['shell', ...areas].sort())
    }
  })
})
