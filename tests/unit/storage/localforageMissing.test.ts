import { describe, expect, it, vi } from 'vitest'
import { createAppStorage } from '@/storage/appStorage'
import { emptyAppData } from '@/domain/migrations'

// localforage's file could not be downloaded (a deploy since the page opened, the network gone).
vi.mock('localforage', () => {
  throw new TypeError('Failed to fetch dynamically imported module')
})

describe('app storage without localforage’s file', () => {
  it('stays usable: the raw connection that read the data writes it', async () => {
    const storage = createAppStorage('localforage-missing')
    expect(await storage.open()).toBe(true)
    expect(await storage.usable()).toBe(true)
    expect(await storage.load()).toEqual({ kind: 'empty' })
    expect(await storage.save(emptyAppData(), 0)).toMatchObject({ kind: 'saved', revision: 1 })
    expect(await storage.load()).toMatchObject({ kind: 'ok', revision: 1 })
    storage.close()
  })
})
