import type { en } from './messages/en'
import type { Translate as TranslateWith } from './runtime'

/**
 * The dotted path of every message in a tree: `{ a: { b: 'x', c: 'y' } }` gives `'a.b' | 'a.c'`.
 * One mapped type per level, no conditional type over the whole union: the compiler builds it
 * once (about 1,000 keys) and every `t(…)` call is a union look-up.
 */
export type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`
}[keyof T & string]

/**
 * Every key `t` accepts: the English messages' paths (`en` is the shape every language has).
 * A key built with a template literal type-checks when every expansion exists,
 * `` t(`x.statuses.${status}`) `` with `status: Status`; a key chosen at run time is a
 * `MessageKey` in a typed table (`Record<Kind, MessageKey>`).
 */
export type MessageKey = KeyPaths<typeof en>

/** The app's `t`, for helpers that are handed it. */
export type Translate = TranslateWith<MessageKey>

/**
 * A guard for a name known only at run time, so a key built from it type-checks:
 * `const isField = oneOf(['title', 'notes'])`, then `` isField(f) ? t(`x.${f}`) : … ``.
 */
export function oneOf<const T extends string>(names: readonly T[]) {
  const set: ReadonlySet<string | undefined> = new Set(names)
  return (name: string | undefined): name is T => set.has(name)
}
