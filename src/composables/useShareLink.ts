import { exportRoadmap, MAX_IMPORT_CHARS, parseImportFile, type RoadmapFile } from '@/domain/import'
import type { Roadmap } from '@/domain/schema'

/** The longest URL hash the app makes or opens; longer roadmaps go by file. */
export const MAX_SHARE_CHARS = 100_000

export type ShareEncoding = { ok: true; hash: string } | { ok: false; size: number }

async function pipe(bytes: Uint8Array, stream: GenericTransformStream): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = output.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.length
    // A tiny link must not unpack into something huge (a "zip bomb").
    if (length > MAX_IMPORT_CHARS) {
      await reader.cancel()
      throw new Error('too large')
    }
    chunks.push(value)
  }
  const out = new Uint8Array(length)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('not base64url')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

/** Share links: a roadmap (without its time log) compressed into the URL hash. */
export function useShareLink() {
  /** The hash (without `#`) for a roadmap, or its size when it is over the cap. */
  async function encode(roadmap: Roadmap): Promise<ShareEncoding> {
    const json = JSON.stringify(exportRoadmap(roadmap, null))
    const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))
    const hash = toBase64Url(packed)
    return hash.length > MAX_SHARE_CHARS ? { ok: false, size: hash.length } : { ok: true, hash }
  }

  /** The roadmap in a hash, validated like any imported file; null for a broken link. */
  async function decode(hash: string): Promise<RoadmapFile | null> {
    const data = hash.replace(/^#/, '')
    if (!data || data.length > MAX_SHARE_CHARS) return null
    try {
      const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'))
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      const result = parseImportFile(text)
      return result.ok && result.kind === 'roadmap' ? { ...result.value, timeLog: null } : null
    } catch {
      return null
    }
  }

  return { encode, decode }
}
