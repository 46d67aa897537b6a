import type { en } from './messages/en'

/**
 * The dotted path of every message in a tree: `{ a: { b: 'x', c: { d: 'y' } } }` gives
 * `'a.b' | 'a.c.d'`. One mapped type per level of the tree (five at most), each property either
 * its name or its name before its children's paths: the compiler builds the union once and
 * every `t(…)` call is a look-up in it.
 */
export type KeyPaths<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${KeyPaths<T[K]>}`
}[keyof T & string]

/**
 * Every key `t` accepts (`useI18n().t`): the paths of the English messages, whose shape every
 * language has. A key built with a template literal type-checks when every expansion exists
 * (`` t(`x.statuses.${status}`) `` with `status: Status`); a key chosen at run time comes from a
 * typed table (`Record<Code, MessageKey>`). A type only: nothing of it is in the build.
 */
export type MessageKey = KeyPaths<typeof en>
