import { describe, expect, it, vi } from 'vitest'
import { createI18n } from 'vue-i18n'
import { compileMessage, messageCompiler, parseMessage } from '@/i18n/compile'
import { en } from '@/i18n/messages/en'
import { ko } from '@/i18n/messages/ko'

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

const globals = globalThis as { __INTLIFY_DROP_MESSAGE_COMPILER__?: boolean }

/** vue-i18n with its own compiler, as the reference. */
function reference(messages: Tree, locale: string) {
  return createI18n({ legacy: false, locale, messages: { [locale]: messages } }).global
}
function ours(messages: Tree, locale: string) {
  return createI18n({ legacy: false, locale, messages: { [locale]: messages }, messageCompiler })
    .global
}

describe('message compiler', () => {
  for (const [lang, tree] of [
    ['en', en],
    ['ko', ko],
  ] as const) {
    it(`renders every ${lang} message exactly as vue-i18n's own compiler does`, () => {
      const saved = globals.__INTLIFY_DROP_MESSAGE_COMPILER__
      globals.__INTLIFY_DROP_MESSAGE_COMPILER__ = false
      try {
        const ref = reference(tree, lang)
        const mine = ours(tree, lang)
        const entries = flatten(tree)
        expect(entries.length).toBeGreaterThan(300)
        for (const [key, source] of entries) {
          // vue-i18n writes `count` into the values it is given, so each call gets a copy.
          const values = () => valuesFor(source)
          const expected = ref.t(key, values())
          // The reference must really compile (not echo the key or the source).
          if (/[{|]/.test(source)) expect(expected, key).not.toBe(source)
          expect(mine.t(key, values()), key).toBe(expected)
          if (source.includes('|')) {
            for (const count of [0, 1, 2, 7])
              expect(mine.t(key, values(), count), `${key} × ${count}`).toBe(
                ref.t(key, values(), count),
              )
          }
        }
      } finally {
        globals.__INTLIFY_DROP_MESSAGE_COMPILER__ = saved
      }
    })
  }

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

  it('refuses what vue-i18n would read as other syntax', () => {
    expect(() => compileMessage('mail me@example.com')).toThrow(/linked message/)
    expect(() => compileMessage('open {')).toThrow(/unclosed/)
    expect(() => compileMessage('{a b}')).toThrow(/unsupported placeholder/)
  })

  it('reports a bad message to vue-i18n, which throws as it does with its own compiler', () => {
    const onError = vi.fn()
    const fn = messageCompiler('broken {', { onError } as never)
    expect(onError).toHaveBeenCalledOnce()
    expect((fn as unknown as () => string)()).toBe('broken {')
    const t = ours({ bad: 'Write to a@b' }, 'en').t
    expect(() => t('bad')).toThrow(/linked message/)
  })

  it('compiles each source once', () => {
    const a = messageCompiler('Hello {name}', {} as never)
    expect(messageCompiler('Hello {name}', {} as never)).toBe(a)
  })
})
