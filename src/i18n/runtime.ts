import { ref, shallowRef, type App, type InjectionKey, type Ref, type ShallowRef } from 'vue'
import { compiled, type MessageFunction } from './compile'
import type { Locale } from '@/domain/schema'
import { dateTimeFormat } from '@/domain/intlFormats'
import { formatNumber } from '@/domain/numberText'

/**
 * The app's i18n: the small part of vue-i18n's composition API the app uses (`t`, `n`, `d`,
 * `locale`), rendering messages exactly as vue-i18n does (tests/unit/i18n/compile.test.ts compares
 * every message in both languages), in a fraction of its size (docs/PERFORMANCE.md).
 *
 * - `t(key)`, `t(key, named)`, `t(key, list)`, `t(key, count)`, `t(key, named, count)`;
 * - a key missing in the shown language falls back to English, and to the key itself when it is
 *   missing there too; either way `onMissing` hears of it (a console warning in dev builds);
 * - `n` / `d` format in the shown language (`domain/numberText.ts`, `domain/intlFormats.ts`);
 * - `locale` is a ref: everything that rendered with `t`, `n` or `d` renders again when it
 *   changes, and `t`'s when messages are added to the namespace (a key's first part) it read:
 *   an area arriving (a banner's words) leaves the graph's cards alone;
 * - with a `load` function, messages come in parts (the areas of src/i18n/areas.ts): `ensure`
 *   loads parts for the shown language and remembers them, `setLocale` loads every part
 *   remembered so far in the new language before it switches.
 */

/** Message sources by key, nested as in src/i18n/messages. */
export interface MessageTree {
  readonly [key: string]: string | MessageTree
}

export type NamedValues = Readonly<Record<string, unknown>>

/** `t`: `K` is the keys it accepts (the app's: `MessageKey`, src/i18n/keys.ts). */
export interface Translate<K extends string = string> {
  (key: K, values?: NamedValues | readonly unknown[] | number, count?: number): string
}

export interface I18n<K extends string = string> {
  /** The language shown; change it with `setLocale`, which loads its messages first. */
  readonly locale: Ref<Locale>
  readonly t: Translate<K>
  readonly n: (value: number, options?: Intl.NumberFormatOptions) => string
  readonly d: (value: Date | number, options?: Intl.DateTimeFormatOptions) => string
  /** Merges messages into a language's (a whole language or some of its areas). */
  addMessages(locale: Locale, messages: MessageTree): void
  /**
   * Loads these parts of the shown language (and of one being switched to), each once; later
   * switches load them too. Resolves at once without a `load` function.
   */
  ensure(parts: readonly string[]): Promise<void>
  /** Loads every part ensured so far in `locale`, then shows it. When calls overlap, the last wins. */
  setLocale(locale: Locale): Promise<void>
  /** `app.use(i18n)`: components reach it through `useI18n()`. */
  install(app: App): void
}

export interface I18nOptions {
  locale: Locale
  messages?: Partial<Record<Locale, MessageTree>>
  /** A key not found in the shown language's messages (a console warning in dev builds). */
  onMissing?: (key: string, locale: Locale, fellBackTo: Locale | null) => void
  /** Loads one part of a language's messages; without it, `messages` holds every message. */
  load?: (locale: Locale, part: string) => Promise<MessageTree>
}

export const FALLBACK_LOCALE: Locale = 'en'

export const I18N_KEY: InjectionKey<I18n> = Symbol('i18n')

/**
 * vue-i18n's default plural rule (`pluralDefault` in @intlify/core-base): with two cases
 * "singular | plural", with three or more "zero | one | many".
 */
export function pluralIndex(choice: number, cases: number): number {
  const abs = Math.abs(choice)
  if (cases === 2) return abs === 1 ? 0 : 1
  return Math.min(abs, 2)
}

type Tree = { [key: string]: string | Tree }

/** `base` with `from` merged in, copying only what changes: message modules stay untouched. */
function merged(base: Tree | undefined, from: MessageTree): Tree {
  const out: Tree = { ...base }
  for (const [key, value] of Object.entries(from)) {
    const here = out[key]
    out[key] =
      typeof value !== 'string' && here !== undefined && typeof here !== 'string'
        ? merged(here, value)
        : value
  }
  return out
}

function lookup(tree: Tree | undefined, key: string): string | undefined {
  let node: string | Tree | undefined = tree
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part))
      return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

const isPlainObject = (value: unknown): value is NamedValues =>
  Object.prototype.toString.call(value) === '[object Object]'

function warnMissing(key: string, locale: Locale, fellBackTo: Locale | null) {
  if (import.meta.env.DEV)
    console.warn(
      fellBackTo
        ? `[i18n] "${key}" is not loaded in ${locale}; showing ${fellBackTo}`
        : `[i18n] "${key}" is missing: showing the key`,
    )
}

export function createI18n<K extends string = string>(options: I18nOptions): I18n<K> {
  const locale = ref<Locale>(options.locale)
  const onMissing = options.onMissing ?? warnMissing
  const messages: Partial<Record<Locale, Tree>> = {}
  /**
   * One counter per namespace (a key's first part, which an area owns whole), ticking when
   * messages of that namespace are added: what rendered one of its keys, missing or not, renders
   * again, and nothing else does.
   */
  const revisions = new Map<string, ShallowRef<number>>()
  function revisionOf(namespace: string): ShallowRef<number> {
    let revision = revisions.get(namespace)
    if (!revision) revisions.set(namespace, (revision = shallowRef(0)))
    return revision
  }
  const resolved = new Map<string, MessageFunction | null>()

  function resolve(lang: Locale, key: string): MessageFunction | null {
    const id = `${lang}\u0000${key}`
    let fn = resolved.get(id)
    if (fn === undefined) {
      const source = lookup(messages[lang], key)
      fn = source === undefined ? null : compiled(source)
      resolved.set(id, fn)
    }
    return fn
  }

  const t: Translate<K> = (key, values, count) => {
    const dot = key.indexOf('.')
    void revisionOf(dot < 0 ? key : key.slice(0, dot)).value
    const shown = locale.value
    let fn = resolve(shown, key)
    if (!fn) {
      const other = shown === FALLBACK_LOCALE ? null : FALLBACK_LOCALE
      fn = other && resolve(other, key)
      onMissing(key, shown, fn ? other : null)
      if (!fn) return key
    }
    // The arguments as vue-i18n reads them (parseTranslateArgs, createMessageContext).
    let named: NamedValues | undefined
    let list: readonly unknown[] | undefined
    let plural: number | undefined
    if (typeof values === 'number') plural = values
    else if (Array.isArray(values)) list = values
    else if (isPlainObject(values) && Object.keys(values).length > 0) named = values
    if (typeof count === 'number') plural = count
    const choice =
      typeof named?.count === 'number'
        ? named.count
        : typeof named?.n === 'number'
          ? named.n
          : (plural ?? -1)
    if (plural !== undefined)
      named = { ...named, count: named?.count || plural, n: named?.n || plural }
    return fn({
      named: (name) => named?.[name],
      list: (index) => list?.[index],
      plural: (cases) => pluralIndex(choice, cases),
    })
  }

  /** Parts asked for so far, kept for every language shown later. */
  const parts = new Set<string>()
  const loads = new Map<string, Promise<void>>()
  /** The language shown, or the one `setLocale` is loading. */
  let target = options.locale

  function loadPart(lang: Locale, part: string): Promise<void> {
    const load = options.load
    if (!load) return Promise.resolve()
    const id = `${lang}\u0000${part}`
    let loading = loads.get(id)
    if (!loading) {
      loading = load(lang, part).then(
        (tree) => i18n.addMessages(lang, tree),
        (error: unknown) => {
          loads.delete(id) // the next call tries again
          throw error
        },
      )
      loads.set(id, loading)
    }
    return loading
  }

  const i18n: I18n<K> = {
    locale,
    t,
    n: (value, format) => formatNumber(value, locale.value, format),
    d: (value, format) => dateTimeFormat(locale.value, format).format(value),
    addMessages(lang, tree) {
      messages[lang] = merged(messages[lang], tree)
      resolved.clear()
      for (const namespace of Object.keys(tree)) revisionOf(namespace).value++
    },
    async ensure(wanted) {
      for (const part of wanted) parts.add(part)
      const langs = new Set([locale.value, target])
      await Promise.all([...langs].flatMap((lang) => wanted.map((part) => loadPart(lang, part))))
    },
    async setLocale(next) {
      target = next
      // Parts ensured while these load are loaded as well before the switch.
      for (let size = -1; size !== parts.size;) {
        size = parts.size
        await Promise.all([...parts].map((part) => loadPart(next, part)))
        if (target !== next) return
      }
      locale.value = next
    },
    install(app) {
      // Keys are checked at compile time only: useI18n() hands out the app's key type again.
      app.provide(I18N_KEY, i18n as I18n)
    },
  }
  for (const [lang, tree] of Object.entries(options.messages ?? {}) as [Locale, MessageTree][])
    i18n.addMessages(lang, tree)
  return i18n
}
