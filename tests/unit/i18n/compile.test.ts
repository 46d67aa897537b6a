import { describe, expect, it } from 'vitest'
// vue-i18n stays a devDependency for this comparison only: the app never imports it.
import { createI18n as createVueI18n } from 'vue-i18n'
import { compileMessage, compiled, parseMessage, toDisplayString } from '@/i18n/compile'
import { en } from '@/i18n/messages/en'
import { ko } from '@/i18n/messages/ko'
import { particle } from '@/i18n/particles'
import { createI18n, type MessageTree } from '@/i18n/runtime'

type Tree = { [key: string]: string | Tree }
function flatten(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => {
    const key = prefix ? `${prefix}.${k}` : k
    return typeof v === 'string' ? [[key, v] as [string, string]] : flatten(v, key)
  })
}

/** Every placeholder gets a distinct value, so a swapped or dropped one shows. */
function valuesFor(source: string): Record<string, string> {
  const names = [...source.matchAll(/\{\s*([A-Za-z_]\w*)\s*\}/g)].map((m) => m[1]!)
  return Object.fromEntries(names.map((n, i) => [n, `«${n}${i}»`]))
}

/**
 * Our one addition to vue-i18n's syntax, a Korean particle after a named value: `{name|을/를}`.
 * For vue-i18n each becomes a placeholder of its own whose value is the particle that
 * src/i18n/particles.ts (tested on its own) picks, so the rest of the message is still compared.
 */
const PARTICLE = /\{\s*([A-Za-z_]\w*)\s*\|\s*([^}\s]+)\s*\}/g
function withoutParticles(source: string): { source: string; particles: [string, string][] } {
  const particles: [string, string][] = []
  const rewritten = source.replace(PARTICLE, (_, name: string, spec: string) => {
    particles.push([name, spec])
    return `{particle${particles.length - 1}}`
  })
  return { source: rewritten, particles }
}
function mapTree(tree: Tree, fn: (source: string) => string): Tree {
  return Object.fromEntries(
    Object.entries(tree).map(([k, v]) => [k, typeof v === 'string' ? fn(v) : mapTree(v, fn)]),
  )
}

/** vue-i18n with its own message compiler: the reference our runtime must match. */
function reference(messages: Tree, locale: string) {
  return createVueI18n({ legacy: false, locale, messages: { [locale]: messages } }).global
}
function ours(messages: MessageTree, locale: 'en' | 'ko') {
  return createI18n({
    locale,
    messages: { [locale]: messages },
    onMissing: (key) => {
      throw new Error(`missing ${key}`)
    },
  })
}

describe('the i18n runtime against vue-i18n', () => {
  for (const [lang, tree] of [
    ['en', en],
    ['ko', ko],
  ] as const) {
    it(`renders every ${lang} message exactly as vue-i18n does`, () => {
      const ref = reference(
        mapTree(tree, (source) => withoutParticles(source).source),
        lang,
      )
      const mine = ours(tree, lang)
      const entries = flatten(tree)
      expect(entries.length).toBeGreaterThan(300)
      let plurals = 0
      let withParticles = 0
      for (const [key, source] of entries) {
        const { source: rewritten, particles } = withoutParticles(source)
        if (particles.length) withParticles++
        /** The particles' values for vue-i18n, after these named values. */
        const particleValues = (named: Record<string, unknown> = {}) =>
          Object.fromEntries(
            particles.map(([name, spec], i) => [
              `particle${i}`,
              particle(String(named[name] ?? ''), spec),
            ]),
          )
        // vue-i18n writes `count` into the values it is given, so each call gets a copy.
        const values = () => valuesFor(source)
        const refValues = () => ({ ...values(), ...particleValues(values()) })
        const expected = ref.t(key, refValues())
        // The reference must really compile (not echo the key or the source).
        if (/[{|]/.test(rewritten)) expect(expected, key).not.toBe(rewritten)
        expect(mine.t(key, values()), key).toBe(expected)
        expect(mine.t(key), `${key} without values`).toBe(
          particles.length ? ref.t(key, particleValues()) : ref.t(key),
        )
        if (rewritten.includes('|')) {
          plurals++
          for (const count of [0, 1, 2, 5]) {
            expect(mine.t(key, values(), count), `${key} × ${count}`).toBe(
              ref.t(key, refValues(), count),
            )
            expect(mine.t(key, count), `${key} × ${count}, count only`).toBe(
              particles.length ? ref.t(key, particleValues(), count) : ref.t(key, count),
            )
            // A count among the named values chooses the case too.
            expect(mine.t(key, { ...values(), count }), `${key} with {count: ${count}}`).toBe(
              ref.t(key, { ...refValues(), count }),
            )
          }
        }
      }
      expect(plurals).toBeGreaterThan(0)
      // Only Korean needs particles; English has none.
      if (lang === 'en') expect(withParticles).toBe(0)
      else expect(withParticles).toBeGreaterThan(0)
    })
  }
})

describe('message compiler', () => {
  it('reads placeholders, literals and plural cases', () => {
    expect(parseMessage("a {x} b {0} {'{'}c{'|'}{'@'}")).toEqual([
      ['a ', { named: 'x' }, ' b ', { list: 0 }, ' {c|@'],
    ])
    expect(parseMessage('none | one {n} |  {n} many ')).toEqual([
      ['none'],
      ['one ', { named: 'n' }],
      [{ named: 'n' }, ' many'],
    ])
    expect(parseMessage('{ spaced }')).toEqual([[{ named: 'spaced' }]])
  })

  it('reads a Korean particle after a named value, with the named value kept as it is', () => {
    const say = (source: string, name: string) =>
      compileMessage(source)({
        named: (k) => ({ name })[k],
        list: () => undefined,
        plural: () => 0,
      })
    expect(say('“{name}”{name|을/를} 지웠습니다.', '로드맵')).toBe('“로드맵”을 지웠습니다.')
    expect(say('“{name}”{name|을/를} 지웠습니다.', '블로그')).toBe('“블로그”를 지웠습니다.')
    expect(say('{name}{ name | 과/와 } 함께', 'ResNet')).toBe('ResNet과(와) 함께')
    // A `|` inside braces is the particle's, not a plural case.
    expect(parseMessage('{name}{name|이/가} 있음')).toHaveLength(1)
    expect(() => compileMessage('{name|의/에}')).toThrow(/unknown particle pair/)
  })

  it('renders literals, list and named values, and the case the context picks', () => {
    const ctx = (choose: number) => ({
      named: (k: string) => ({ who: 'Ann' })[k],
      list: (i: number) => ['zero'][i],
      plural: () => choose,
    })
    expect(compileMessage("{'{'}{who}{'}'} {0}")(ctx(0))).toBe('{Ann} zero')
    expect(compileMessage('a | b {who} | c')(ctx(1))).toBe('b Ann')
  })

  it('refuses what vue-i18n would read as other syntax', () => {
    expect(() => compileMessage('mail me@example.com')).toThrow(/linked message/)
    expect(() => compileMessage('open {')).toThrow(/unclosed/)
    expect(() => compileMessage('{a b}')).toThrow(/unsupported placeholder/)
  })

  it('shows values as Vue does: nothing for null, JSON for plain objects and arrays', () => {
    expect(toDisplayString(null)).toBe('')
    expect(toDisplayString(undefined)).toBe('')
    expect(toDisplayString(3)).toBe('3')
    expect(toDisplayString([1])).toBe('[\n  1\n]')
    expect(toDisplayString({ a: 1 })).toBe('{\n  "a": 1\n}')
    expect(toDisplayString({ toString: () => 'custom' })).toBe('custom')
  })

  it('compiles each source once', () => {
    expect(compiled('Hello {name}')).toBe(compiled('Hello {name}'))
  })
})
