import { exportRoadmap, MAX_IMPORT_CHARS, parseImportFile } from '@/domain/import'
import type { Roadmap } from '@/domain/schema'
import {
  fromSharePayload,
  SHARE_FORMAT,
  toSharePayload,
  type ShareLanguages,
} from '@/domain/shareLink'

/** The longest URL hash the app makes or opens; longer roadmaps go by file. */
export const MAX_SHARE_CHARS = 100_000
/**
 * The most a compact link may unpack to: the largest roadmap a link can hold (2,000 milestones
 * with long titles in two languages) stays well under it, a crafted "zip bomb" stops there.
 */
export const MAX_SHARED_BYTES = 1024 * 1024
/** A compact link's hash starts with its format: "2." (old links are plain base64url). */
const PREFIX = `${SHARE_FORMAT}.`

export type ShareEncoding = { ok: true; hash: string } | { ok: false; size: number }

/**
 * Why a link does not open: `broken` (cut off, changed, not a link of this app), `too-large`
 * (over the caps before or after unpacking), `newer` (made by a newer version of the app).
 */
export type ShareProblem = 'broken' | 'too-large' | 'newer'
export type SharedRoadmap =
  | { ok: true; roadmap: Roadmap; format: 1 | typeof SHARE_FORMAT }
  | { ok: false; problem: ShareProblem }

class TooLarge extends Error {}

async function pipe(
  bytes: Uint8Array,
  stream: GenericTransformStream,
  max = Infinity,
): Promise<Uint8Array> {
  const output = new Blob([bytes as BlobPart]).stream().pipeThrough(stream)
  const chunks: Uint8Array[] = []
  let length = 0
  const reader = output.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    length += value.length
    // A tiny link must not unpack into something huge (a "zip bomb").
    if (length > max) {
      await reader.cancel().catch(() => {})
      throw new TooLarge()
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
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw new Error('not base64url')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  return Uint8Array.from(binary, (c) => c.charCodeAt(0))
}

async function inflate(data: string, max: number): Promise<string> {
  const bytes = await pipe(fromBase64Url(data), new DecompressionStream('deflate-raw'), max)
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

/**
 * Share links: what the read-only viewer needs of a roadmap (`domain/shareLink`), deflated and
 * base64url-encoded into the URL hash, which never reaches a server. Links of the first format
 * (the whole roadmap export) still open.
 */
export function useShareLink() {
  /** The hash (without `#`) for a roadmap, or its size when it is over the cap. */
  async function encode(
    roadmap: Roadmap,
    languages: ShareLanguages = 'both',
  ): Promise<ShareEncoding> {
    const json = JSON.stringify(toSharePayload(roadmap, languages))
    const packed = await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw'))
    const hash = PREFIX + toBase64Url(packed)
    return hash.length > MAX_SHARE_CHARS ? { ok: false, size: hash.length } : { ok: true, hash }
  }

  /** The roadmap in a hash, validated like any imported file, or why it does not open. */
  async function decode(hash: string): Promise<SharedRoadmap> {
    const data = hash.replace(/^#/, '')
    if (!data) return { ok: false, problem: 'broken' }
    if (data.length > MAX_SHARE_CHARS) return { ok: false, problem: 'too-large' }
    try {
      const format = /^(\d+)\./.exec(data)?.[1]
      if (format !== undefined) {
        if (Number(format) > SHARE_FORMAT) return { ok: false, problem: 'newer' }
        if (Number(format) !== SHARE_FORMAT) return { ok: false, problem: 'broken' }
        const text = await inflate(data.slice(PREFIX.length), MAX_SHARED_BYTES)
        const result = fromSharePayload(JSON.parse(text))
        return result.ok
          ? { ok: true, roadmap: result.roadmap, format: SHARE_FORMAT }
          : { ok: false, problem: 'broken' }
      }
      // The first format: a whole roadmap export, read like an imported file.
      const result = parseImportFile(await inflate(data, MAX_IMPORT_CHARS))
      if (result.ok && result.kind === 'roadmap')
        return { ok: true, roadmap: result.value.roadmap, format: 1 }
      const newer = !result.ok && result.errors.some((e) => e.code === 'newer-version')
      return { ok: false, problem: newer ? 'newer' : 'broken' }
    } catch (error) {
      return { ok: false, problem: error instanceof TooLarge ? 'too-large' : 'broken' }
    }
  }

  return { encode, decode }
}

/** A first-format link's hash, as the app made them before the compact format (tests, fixtures). */
export async function encodeFirstFormat(roadmap: Roadmap): Promise<string> {
  const json = JSON.stringify(exportRoadmap(roadmap, null))
  return toBase64Url(
    await pipe(new TextEncoder().encode(json), new CompressionStream('deflate-raw')),
  )
}
