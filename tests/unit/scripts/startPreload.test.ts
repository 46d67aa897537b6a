import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { markEntry, startFiles, startScript, type StartFiles } from '../../../scripts/startPreload'
import type { Manifest } from '../../../scripts/firstView'
import { pickLocale } from '@/domain/locale'
import { readStartHint } from '@/storage/startHint'
import { DB_NAME, START_HINT_KEY } from '@/storage/keys'
import { EARLY_DB } from '@/storage/earlyOpen'

const lazy = (file: string, imports: string[] = [], css: string[] = []) => ({
  file,
  isDynamicEntry: true,
  imports,
  css,
})
const manifest: Manifest = {
  'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_vue.js'] },
  '_vue.js': { file: 'assets/vue.js' },
  '_links.js': { file: 'assets/links.js', imports: ['index.html'] },
  'src/views/GraphView.vue': lazy('assets/GraphView.js', ['_links.js', '_vue.js'], ['g.css']),
  'src/views/OnboardingView.vue': lazy('assets/Onboarding.js', ['_links.js'], ['o.css']),
  ...Object.fromEntries(
    ['shell', 'roadmap', 'graph', 'onboarding'].flatMap((area) =>
      ['en', 'ko'].map((l) => [
        `src/i18n/messages/${area}.${l}.ts`,
        lazy(`assets/${area}.${l}.js`),
      ]),
    ),
  ),
}

describe('the start preload’s files', () => {
  it('are each first view’s chunks, words and styles per language, less the entry’s', () => {
    const files = startFiles(manifest, '/')
    expect(files.graph.ko).toEqual([
      '/assets/GraphView.js',
      '/assets/links.js',
      '/assets/shell.ko.js',
      '/assets/roadmap.ko.js',
      '/assets/graph.ko.js',
      '/g.css',
    ])
    expect(files.welcome.en).toEqual([
      '/assets/Onboarding.js',
      '/assets/links.js',
      '/assets/shell.en.js',
      '/assets/onboarding.en.js',
      '/o.css',
    ])
  })
})

const files0: StartFiles = { graph: { en: [], ko: [] }, welcome: { en: [], ko: [] } }

/** Runs the inline script against a page at `path` with `stored` hint and browser languages. */
function run(path: string, stored: string | null, languages: string[] = ['en-US']) {
  const files: StartFiles = {
    graph: { en: ['/g.en.js', '/g.css'], ko: ['/g.ko.js', '/g.css'] },
    welcome: { en: ['/w.en.js'], ko: ['/w.ko.js'] },
  }
  const links: { rel: string; as?: string; href: string; crossOrigin?: string }[] = []
  const document = {
    createElement: () => ({}) as (typeof links)[number],
    head: { appendChild: (l: (typeof links)[number]) => links.push(l) },
  }
  const localStorage = { getItem: () => stored }
  const globals = {
    document,
    localStorage,
    location: { pathname: path },
    navigator: { languages },
    window: fakeWindow(),
  }
  new Function(...Object.keys(globals), startScript(files))(...Object.values(globals))
  return links.map((l) => `${l.rel}${l.as ? `:${l.as}` : ''} ${l.href}`)
}

/** A window whose IndexedDB records the databases opened (`src/storage/earlyOpen.ts`). */
function fakeWindow(opened: string[] = []) {
  return {
    indexedDB: { open: (name: string) => (opened.push(name), {}) },
    addEventListener: () => {},
  } as Record<string, unknown>
}

/** The databases the inline script opened at `path` with `stored` hint. */
function opens(path: string, stored: string | null, window: Record<string, unknown> | null) {
  const opened: string[] = []
  const globals = {
    document: { createElement: () => ({}), head: { appendChild: () => {} } },
    localStorage: { getItem: () => stored },
    location: { pathname: path },
    navigator: { languages: ['en'] },
    window: window ?? fakeWindow(opened),
  }
  new Function(...Object.keys(globals), startScript(files0))(...Object.values(globals))
  return { opened, window: globals.window }
}

describe('the start preload’s inline script', () => {
  it('asks for the graph in the hinted language when a roadmap is hinted', () => {
    expect(run('/', '{"roadmap":true,"locale":"ko"}')).toEqual([
      'modulepreload /g.ko.js',
      'preload:style /g.css',
    ])
  })

  it('asks for the questionnaire in the browser’s language without a hint, or a bad one', () => {
    expect(run('/', null, ['ko-KR', 'en'])).toEqual(['modulepreload /w.ko.js'])
    expect(run('/', 'garbage', ['', 'en-GB'])).toEqual(['modulepreload /w.en.js'])
    expect(run('/', '{"roadmap":"yes","locale":"ko"}')).toEqual(['modulepreload /w.en.js'])
    expect(run('/welcome', '{"roadmap":false,"locale":"ko"}')).toEqual(['modulepreload /w.ko.js'])
    // The questionnaire's own address shows it with a roadmap too (to start over).
    expect(run('/welcome', '{"roadmap":true,"locale":"en"}')).toEqual(['modulepreload /w.en.js'])
  })

  it('leaves every other address to the app', () => {
    expect(run('/settings', '{"roadmap":true,"locale":"en"}')).toEqual([])
    expect(run('/list', null)).toEqual([])
  })

  it('reads the hint and the language as the app does', () => {
    const cases: [string | null, string[]][] = [
      ['{"roadmap":true,"locale":"ko"}', ['en-US']],
      ['{"roadmap":false,"locale":"en"}', ['ko']],
      ['{"roadmap":true,"locale":"de"}', ['ko-KR']],
      ['{"roadmap":1,"locale":"en"}', ['en']],
      ['[]', ['  ', 'ko']],
      ['null', []],
      [null, ['KO-kr']],
      ['{', ['en-GB', 'ko']],
    ]
    for (const [stored, languages] of cases) {
      localStorage.clear()
      if (stored !== null) localStorage.setItem(START_HINT_KEY, stored)
      const hint = readStartHint()
      const view = hint?.roadmap ? 'g' : 'w'
      const locale = hint?.locale ?? pickLocale(languages)
      expect(run('/', stored, languages)[0], `${stored} ${languages}`).toBe(
        `modulepreload /${view}.${locale}.js`,
      )
    }
    localStorage.clear()
  })

  it('opens the database at once on every start: the app reads it before any view', () => {
    for (const path of ['/', '/settings', '/welcome'])
      for (const stored of [
        '{"roadmap":true,"locale":"en"}',
        '{"roadmap":false,"locale":"ko"}',
        null,
      ]) {
        const { opened, window } = opens(path, stored, null)
        expect(opened, `${path} ${stored}`).toEqual([DB_NAME])
        expect(window[EARLY_DB], path).toMatchObject({ name: DB_NAME, closed: false })
      }
    // Without IndexedDB, or where opening throws, the preloads are still asked for.
    const throwing = {
      addEventListener: () => {},
      indexedDB: {
        open: () => {
          throw new Error('denied')
        },
      },
    }
    for (const window of [{ addEventListener: () => {} }, throwing]) {
      const links: unknown[] = []
      const globals = {
        document: {
          createElement: () => ({}),
          head: { appendChild: (l: unknown) => links.push(l) },
        },
        localStorage: { getItem: () => '{"roadmap":true,"locale":"en"}' },
        location: { pathname: '/' },
        navigator: { languages: ['en'] },
        window,
      }
      const files: StartFiles = { graph: { en: ['/g.en.js'], ko: [] }, welcome: { en: [], ko: [] } }
      new Function(...Object.keys(globals), startScript(files))(...Object.values(globals))
      expect(links).toHaveLength(1)
    }
  })

  it('never throws where localStorage does: the questionnaire in the browser’s language', () => {
    const files: StartFiles = { graph: { en: [], ko: [] }, welcome: { en: ['/w.en.js'], ko: [] } }
    const links: unknown[] = []
    const globals = {
      document: { createElement: () => ({}), head: { appendChild: (l: unknown) => links.push(l) } },
      localStorage: {
        getItem: () => {
          throw new Error('denied')
        },
      },
      location: { pathname: '/' },
      navigator: { languages: ['en'] },
      window: fakeWindow(),
    }
    new Function(...Object.keys(globals), startScript(files))(...Object.values(globals))
    expect(links).toHaveLength(1)
  })
})

describe('the entry script', () => {
  it('is marked render-blocking and as the entry, alone', () => {
    const html =
      '<head><script>(1)</script><script type="module" crossorigin src="/assets/index.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/a.js"></head>'
    expect(markEntry(html)).toBe(
      '<head><script>(1)</script><script type="module" crossorigin blocking="render" data-entry src="/assets/index.js"></script>' +
        '<link rel="modulepreload" crossorigin href="/assets/a.js"></head>',
    )
  })

  it('must be there, once: a build whose tag Vite wrote otherwise fails', () => {
    expect(() => markEntry('<head></head>')).toThrow(/found 0/)
    const twice = '<script type="module" crossorigin src="/a.js"></script>'.repeat(2)
    expect(() => markEntry(twice)).toThrow(/found 2/)
  })

  it('shows the app’s start-up failure, in the hint’s language, when the entry cannot be downloaded', () => {
    // The page as index.html ships it: the app's element, then the failure's words.
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8')
    const page = new DOMParser().parseFromString(html, 'text/html')
    document.body.replaceChildren(
      document.importNode(page.getElementById('app')!, true),
      document.importNode(page.getElementById('startup-failure')!, true),
    )
    const listeners: [string, (event: { target: unknown }) => void, unknown][] = []
    const globals = {
      document,
      localStorage: { getItem: () => '{"roadmap":true,"locale":"ko"}' },
      location: { pathname: '/' },
      navigator: { languages: ['en'] },
      window: {
        ...fakeWindow(),
        addEventListener: (...args: (typeof listeners)[number]) => listeners.push(args),
      },
    }
    new Function(...Object.keys(globals), startScript(files0))(...Object.values(globals))
    expect(listeners.map(([type, , capture]) => [type, capture])).toEqual([['error', true]])
    const [, onError] = listeners[0]!
    const app = document.getElementById('app')!
    // A failed preload is the app's to handle, when it asks for that file itself; another
    // script (an extension's, a host's beacon) is not the app's start.
    onError({ target: document.createElement('link') })
    onError({ target: document.createElement('script') })
    onError({ target: window })
    expect(app.children).toHaveLength(0)
    const entry = document.createElement('script')
    entry.setAttribute('data-entry', '')
    onError({ target: entry })
    const alert = app.querySelector('[data-testid="startup-failure"]')!
    expect(alert.getAttribute('role')).toBe('alert')
    expect(alert.textContent).toContain('앱을 다 불러오지 못했습니다')
    // Once the app is mounted, a script's failure is not the start's.
    app.replaceChildren()
    app.setAttribute('data-v-app', '')
    onError({ target: entry })
    expect(app.children).toHaveLength(0)
    document.body.replaceChildren()
  })
})
