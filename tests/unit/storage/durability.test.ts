import { afterEach, describe, expect, it, vi } from 'vitest'
import { isPersisted, requestPersistence } from '@/storage/durability'

/** Gives the test browser a `navigator.storage` (happy-dom has none) with these methods. */
function stubStorage(storage: Partial<StorageManager> | undefined) {
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true })
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage')
})

describe('durability (navigator.storage)', () => {
  it('tells whether the browser keeps the data, as it says', async () => {
    stubStorage({ persisted: vi.fn(async () => true) })
    expect(await isPersisted()).toBe(true)
    stubStorage({ persisted: vi.fn(async () => false) })
    expect(await isPersisted()).toBe(false)
  })

  it('asks the browser to keep the data and resolves with its answer', async () => {
    const persist = vi.fn(async () => true)
    stubStorage({ persist })
    expect(await requestPersistence()).toBe(true)
    expect(persist).toHaveBeenCalledTimes(1)
    stubStorage({ persist: vi.fn(async () => false) })
    expect(await requestPersistence()).toBe(false)
  })

  it('says "cannot tell" (null) when the browser has no storage manager', async () => {
    stubStorage(undefined)
    expect(await isPersisted()).toBeNull()
    expect(await requestPersistence()).toBeNull()
    stubStorage({})
    expect(await isPersisted()).toBeNull()
    expect(await requestPersistence()).toBeNull()
  })

  it('says "cannot tell" when asking fails, never throwing', async () => {
    stubStorage({
      persisted: vi.fn(async () => Promise.reject(new Error('SecurityError'))),
      persist: vi.fn(() => {
        throw new DOMException('not allowed', 'NotAllowedError')
      }),
    })
    expect(await isPersisted()).toBeNull()
    expect(await requestPersistence()).toBeNull()
  })
})
