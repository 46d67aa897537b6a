/**
 * The message compiler of src/i18n/runtime.ts, for exactly the syntax our messages use:
 *
 * - named placeholders `{name}` and list placeholders `{0}` (spaces inside the braces allowed);
 * - literals `{'…'}` for characters that are otherwise syntax: `{'{'}`, `{'}'}`, `{'@'}`, `{'|'}`;
 * - plural cases separated by `|`, each trimmed, one of them chosen by the runtime's plural rule;
 * - ours alone, not vue-i18n's: a Korean particle after a named value, `{name|을/를}`, chosen by the
 *   value's final consonant (src/i18n/particles.ts): `“{name}”{name|을/를} 삭제할까요?`. No
 *   English message needs it; vue-i18n would refuse it, so the comparison test rewrites it.
 *
 * Anything else that vue-i18n would read as syntax — a bare `@` (linked messages), an unclosed
 * or empty `{` — throws a MessageSyntaxError, as vue-i18n throws for its own compiler's errors.
 * tests/unit/i18n/compile.test.ts checks that the runtime renders every message in both languages
 * exactly as vue-i18n does (a particle aside).
 */

import { particleOf, particlePair, type ParticlePair } from './particles'

type Part = string | { named: string } | { list: number } | { particle: ParticlePair; of: string }

/** What a compiled message reads while it renders; src/i18n/runtime.ts provides it. */
export interface MessageContext {
  named(key: string): unknown
  list(index: number): unknown
  /** The index of the case to show, out of `cases` plural cases. */
  plural(cases: number): number
}

export type MessageFunction = (ctx: MessageContext) => string

export class MessageSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly source: string,
    readonly offset: number,
  ) {
    super(`${message} at ${offset} in "${source}"`)
  }
}

/** `name|을/를`: the particle after a named value. */
const PARTICLE = /^([A-Za-z_$][\w$-]*)\s*\|\s*(\S+)$/

/** The plural cases of a message, each as text and placeholders. Throws MessageSyntaxError. */
export function parseMessage(source: string): Part[][] {
  const cases: Part[][] = []
  let parts: Part[] = []
  let text = ''
  const flush = () => {
    if (text) parts.push(text)
    text = ''
  }
  let i = 0
  while (i < source.length) {
    const c = source[i]!
    if (c === '|') {
      flush()
      cases.push(parts)
      parts = []
      i++
    } else if (c === '@') {
      throw new MessageSyntaxError(
        "'@' starts a linked message; write {'@'} for the character",
        source,
        i,
      )
    } else if (c === '{') {
      const end = source.indexOf('}', i + 1)
      const literal = /^\{\s*'([^']*)'\s*\}/.exec(source.slice(i))
      if (literal) {
        text += literal[1]
        i += literal[0].length
        continue
      }
      if (end < 0) throw new MessageSyntaxError('unclosed {', source, i)
      const inner = source.slice(i + 1, end).trim()
      if (/^\d+$/.test(inner)) {
        flush()
        parts.push({ list: Number(inner) })
      } else if (/^[A-Za-z_$][\w$-]*$/.test(inner)) {
        flush()
        parts.push({ named: inner })
      } else if (PARTICLE.test(inner)) {
        const [, of, spec] = PARTICLE.exec(inner)!
        const pair = particlePair(spec!)
        if (!pair) throw new MessageSyntaxError(`unknown particle pair {${inner}}`, source, i)
        flush()
        parts.push({ particle: pair, of: of! })
      } else {
        throw new MessageSyntaxError(`unsupported placeholder {${inner}}`, source, i)
      }
      i = end + 1
    } else {
      text += c
      i++
    }
  }
  flush()
  cases.push(parts)
  if (cases.length === 1) return cases
  // vue-i18n skips the spaces around each `|`.
  return cases.map((p) => trimCase(p))
}

function trimCase(parts: Part[]): Part[] {
  const out = [...parts]
  const first = out[0]
  if (typeof first === 'string') out[0] = first.trimStart()
  const last = out[out.length - 1]
  if (typeof last === 'string') out[out.length - 1] = last.trimEnd()
  return out.filter((p) => p !== '')
}

const objectToString = Object.prototype.toString

/** How a placeholder's value becomes text: vue-i18n's (and Vue's) `toDisplayString`. */
export function toDisplayString(value: unknown): string {
  if (value == null) return ''
  if (
    Array.isArray(value) ||
    (objectToString.call(value) === '[object Object]' &&
      (value as { toString: unknown }).toString === objectToString)
  )
    return JSON.stringify(value, null, 2)
  return String(value)
}

function text(ctx: MessageContext, p: Part): string {
  if (typeof p === 'string') return p
  if ('particle' in p) return particleOf(toDisplayString(ctx.named(p.of)), p.particle)
  return toDisplayString('named' in p ? ctx.named(p.named) : ctx.list(p.list))
}

function render(ctx: MessageContext, parts: Part[]): string {
  let out = ''
  for (const p of parts) out += text(ctx, p)
  return out
}

/** Compiles a message source into the function the runtime evaluates. Throws MessageSyntaxError. */
export function compileMessage(source: string): MessageFunction {
  const cases = parseMessage(source)
  const only = cases.length === 1 ? cases[0]! : null
  if (only) return (ctx) => render(ctx, only)
  return (ctx) => render(ctx, cases[ctx.plural(cases.length)] ?? [])
}

const cache = new Map<string, MessageFunction>()

/** compileMessage, once per distinct source. */
export function compiled(source: string): MessageFunction {
  let fn = cache.get(source)
  if (!fn) {
    fn = compileMessage(source)
    cache.set(source, fn)
  }
  return fn
}
