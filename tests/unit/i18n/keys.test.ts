import { describe, expect, it } from 'vitest'
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
    expect(missing()[0]).toBe('graph.nope')
  })

  it('are exactly the paths of the English messages', () => {
    const all: MessageKey[] = leafKeys(en) as MessageKey[]
    const sub: KeyPaths<(typeof en)['milestone']['statuses']>[] = [
      'todo',
      'in-progress',
      'done',
      'skipped',
    ]
    expect(sub.every((k) => all.includes(`milestone.statuses.${k}`))).toBe(true)
    expect(all.length).toBeGreaterThan(500)
  })
})
