import { describe, expect, it } from 'vitest'
import { firstViewFiles, staticClosure, type Manifest } from '../../../scripts/firstView'

const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    imports: ['_vendor.js'],
    dynamicImports: ['src/views/A.vue', 'src/views/B.vue', 'src/i18n/messages/en.ts'],
    css: ['assets/index.css'],
  },
  '_vendor.js': { file: 'assets/vendor.js' },
  '_shared.js': { file: 'assets/shared.js', imports: ['_vendor.js', 'index.html'] },
  '_style.css': { file: 'assets/style.css' },
  'src/views/A.vue': {
    file: 'assets/A.js',
    isDynamicEntry: true,
    imports: ['_shared.js', '_style.css'],
    dynamicImports: ['src/lazy.ts'],
  },
  'src/views/B.vue': { file: 'assets/B.js', isDynamicEntry: true, imports: ['_vendor.js'] },
  'src/lazy.ts': { file: 'assets/lazy.js', isDynamicEntry: true, imports: ['_big.js'] },
  '_big.js': { file: 'assets/big.js' },
  'src/i18n/messages/en.ts': { file: 'assets/en.js', isDynamicEntry: true },
}

describe('first view files from the build manifest', () => {
  it('are the entry, its static imports and the awaited lazy modules with theirs', () => {
    expect(firstViewFiles(manifest, ['src/views/A.vue', 'src/i18n/messages/en.ts'])).toEqual([
      'assets/index.js',
      'assets/vendor.js',
      'assets/A.js',
      'assets/shared.js',
      'assets/en.js',
    ])
  })

  it('do not follow dynamic imports inside them, and count each file once', () => {
    const files = firstViewFiles(manifest, ['src/views/A.vue', 'src/views/B.vue'])
    expect(files).not.toContain('assets/lazy.js')
    expect(files).not.toContain('assets/big.js')
    expect(new Set(files).size).toBe(files.length)
  })

  it('refuse a module that is not in the build or not lazily loaded', () => {
    expect(() => firstViewFiles(manifest, ['src/views/Gone.vue'])).toThrow(/not a lazily/)
    expect(() => firstViewFiles(manifest, ['_vendor.js'])).toThrow(/not a lazily/)
    expect(() => staticClosure(manifest, ['nope'])).toThrow(/not in the build manifest/)
  })
})
