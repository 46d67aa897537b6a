import { describe, expect, it } from 'vitest'
import {
  COMPILE_HINT,
  hint,
  lineDown,
  startsWith,
  type HintedChunk,
} from '../../../scripts/compileHints'

const root = '/repo'
const chunk = (over: Partial<HintedChunk> = {}): HintedChunk => ({
  type: 'chunk',
  code: 'const a=1;\nexport{a}',
  isEntry: false,
  facadeModuleId: null,
  ...over,
})

describe('the compile hint on the start’s own chunks', () => {
  it('marks the entry and the first views’ chunks, nothing else', () => {
    expect(startsWith(chunk({ isEntry: true, facadeModuleId: `${root}/index.html` }), root)).toBe(
      true,
    )
    expect(startsWith(chunk({ facadeModuleId: `${root}/src/views/GraphView.vue` }), root)).toBe(
      true,
    )
    expect(
      startsWith(chunk({ facadeModuleId: `${root}/src/views/OnboardingView.vue` }), root),
    ).toBe(true)
    // A later view, a shared helper, a view's words.
    expect(startsWith(chunk({ facadeModuleId: `${root}/src/views/PlanView.vue` }), root)).toBe(
      false,
    )
    expect(startsWith(chunk(), root)).toBe(false)
    expect(
      startsWith(chunk({ facadeModuleId: `${root}/src/i18n/messages/graph.en.ts` }), root),
    ).toBe(false)
  })

  it('puts it on the first line, once', () => {
    const c = chunk()
    expect(hint(c)).toBe(true)
    expect(c.code.split('\n')[0]).toBe(COMPILE_HINT)
    expect(c.code.split('\n').slice(1).join('\n')).toBe('const a=1;\nexport{a}')
    expect(hint(c)).toBe(false)
    expect(c.code.match(/allFunctionsCalledOnLoad/g)).toHaveLength(1)
  })

  it('moves the source map down a line, the rest of it as it was', () => {
    const map = { version: 3, sources: ['a.ts'], names: [], mappings: 'AAAA;AACA' }
    expect(JSON.parse(lineDown(JSON.stringify(map)))).toEqual({ ...map, mappings: ';AAAA;AACA' })
  })

  it('is the comment V8 reads', () => {
    expect(COMPILE_HINT).toBe('//# allFunctionsCalledOnLoad')
  })
})
