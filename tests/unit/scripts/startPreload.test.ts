import { describe, expect, it } from 'vitest'
import { startFiles, startScript, type StartFiles } from '../../../scripts/startPreload'
import type { Manifest } from '../../../scripts/firstView'

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
  const globals = { document, localStorage, location: { pathname: path }, navigator: { languages } }
  new Function(...Object.keys(globals), startScript(files))(...Object.values(globals))
  return links.map((l) => `${l.rel}${l.as ? `:${l.as}` : ''} ${l.href}`)
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
  })

  it('leaves every other address, and a questionnaire a roadmap would leave, to the app', () => {
    expect(run('/settings', '{"roadmap":true,"locale":"en"}')).toEqual([])
    expect(run('/welcome', '{"roadmap":true,"locale":"en"}')).toEqual([])
  })

  it('never throws, even where localStorage does', () => {
    const script = startScript({ graph: { en: [], ko: [] }, welcome: { en: [], ko: [] } })
    const throwing = {
      getItem: () => {
        throw new Error('denied')
      },
    }
    expect(() => new Function('localStorage', script)(throwing)).not.toThrow()
  })
})
