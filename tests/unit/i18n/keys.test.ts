import { describe, expect, it, vi } from 'vitest'
import { createAppI18n } from '@/i18n'
import type { KeyPaths, MessageKey } from '@/i18n/keys'
import { en } from '@/i18n/messages/en'
import type { Status } from '@/domain/schema'

/*
 * The key type is checked by `npm run typecheck` (this file is in tsconfig.test.json): each
 * `@ts-expect-error` below fails the typecheck if the line it marks ever compiles, i.e. if `t`
 * started to accept keys that do not exist.
 */

type Tree = { [key: string]: string | Tree }
const leafKeys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : leafKeys(v, `${prefix}${k}.`),
  )

describe('typed message keys', () => {
  const { t } = createAppI18n('en')

  it('accept every English key, literal or built from a union', () => {
    const statuses: Status[] = ['todo', 'in-progress', 'done', 'skipped']
    expect(t('graph.label')).toBe('Roadmap graph')
    expect(statuses.map((s) => t(`milestone.statuses.${s}`))).toEqual([
      'To do',
      'In progress',
      'Done',
      'Skipped',
    ])
    const listed: Record<'a' | 'b', MessageKey> = { a: 'common.cancel', b: 'graph.label' }
    expect(t(listed.b)).toBe('Roadmap graph')
  })

  it('refuse keys that do not exist, at compile time', () => {
    const loose: string = 'done'
    const missing = () => [
      // @ts-expect-error: no such message
      t('graph.nope'),
      // @ts-expect-error: a namespace, not a message
      t('milestone.statuses'),
      // @ts-expect-error: a key built from any string may not exist
      t(`milestone.statuses.${loose}`),
      // @ts-expect-error: 'finish' is not a status
      t(`milestone.statuses.${'finish' as Status | 'finish'}`),
    ]
    // At run time a missing key shows itself (and warns in dev builds).
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(missing()[0]).toBe('graph.nope')
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('are the paths to the leaves of a tree, every one and nothing else', () => {
    const tree = { a: { b: 'x', c: { d: 'y' } }, e: 'z' }
    // A Record over the key type must name every path and no other.
    const paths: Record<KeyPaths<typeof tree>, true> = { 'a.b': true, 'a.c.d': true, e: true }
    // @ts-expect-error: 'a' holds messages, it is not one
    const branch: KeyPaths<typeof tree> = 'a'
    expect(Object.keys(paths).sort()).toEqual(leafKeys(tree).sort())
    expect(branch).toBe('a')
    expect(leafKeys(en).length).toBeGreaterThan(900)
  })
})
