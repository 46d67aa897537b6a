import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { en } from '@/i18n/messages/en'
import { ko } from '@/i18n/messages/ko'

type Tree = { [key: string]: string | Tree }
function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(key, v)
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv)
  }
  return out
}
const enFlat = flatten(en)
const koFlat = flatten(ko)
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(vue|ts)$/.test(f) ? [p] : []
  })
}

describe('UI messages', () => {
  it('have the same keys in Korean and English', () => {
    expect([...koFlat.keys()].sort()).toEqual([...enFlat.keys()].sort())
  })

  it('are never empty and use the same placeholders in both languages', () => {
    for (const [key, text] of enFlat) {
      const other = koFlat.get(key)!
      expect(text.trim(), key).not.toBe('')
      expect(other.trim(), key).not.toBe('')
      expect(placeholders(other), key).toEqual(placeholders(text))
    }
  })

  it('cover every literal key the source asks for', () => {
    const used = new Set<string>()
    for (const file of sourceFiles(join(process.cwd(), 'src'))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([\w.-]+)'/g)) used.add(m[1]!)
    }
    expect(used.size).toBeGreaterThan(40)
    const missing = [...used].filter((k) => !enFlat.has(k))
    expect(missing).toEqual([])
  })
})
