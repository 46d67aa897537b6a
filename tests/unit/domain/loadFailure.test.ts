import { describe, expect, it } from 'vitest'
import { isLoadFailure } from '@/domain/loadFailure'

describe('isLoadFailure', () => {
  it('knows each browser’s words for a module that could not be downloaded', () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://x/assets/GraphView-abc.js',
      'error loading dynamically imported module: http://x/assets/GraphView-abc.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/GraphView-abc.css',
      'Failed to load module script: Expected a JavaScript module script',
    ])
      expect(isLoadFailure(new TypeError(message)), message).toBe(true)
    const chunk = new Error('Loading chunk 3 failed')
    chunk.name = 'ChunkLoadError'
    expect(isLoadFailure(chunk)).toBe(true)
  })

  it('calls anything else a bug', () => {
    expect(isLoadFailure(new TypeError("Cannot read properties of undefined (reading 'x')"))).toBe(
      false,
    )
    expect(isLoadFailure(new Error('boom'))).toBe(false)
    expect(isLoadFailure('Failed to fetch dynamically imported module')).toBe(false)
    expect(isLoadFailure(null)).toBe(false)
  })
})
