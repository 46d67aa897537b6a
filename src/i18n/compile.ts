import type { MessageCompiler, MessageFunction } from 'vue-i18n'

/**
 * A message compiler for exactly the syntax our messages use, so the bundle can leave out
 * vue-i18n's own compiler (`__INTLIFY_DROP_MESSAGE_COMPILER__`, see vite.config.ts):
 *
 * - named placeholders `{name}` and list placeholders `{0}` (spaces inside the braces allowed);
 * - literals `{'…'}` for characters that are otherwise syntax: `{'{'}`, `{'}'}`, `{'@'}`, `{'|'}`;
 * - plural cases separated by `|`, each trimmed, chosen by vue-i18n's plural rule.
 *
 * Anything else that vue-i18n would read as syntax — a bare `@` (linked messages), an unclosed
 * or empty `{` — is reported through `onError`, which vue-i18n turns into an exception, as it
 * does for its own compiler's errors. tests/unit/i18n/compile.test.ts checks every message in both
 * languages against vue-i18n's compiler.
 */

type Part = string | { named: string } | { list: number }

/**
 * The message context as vue-i18n passes it at run time; its published type leaves out
 * `normalize` and `interpolate`, which its own compiled messages call.
 */
interface RuntimeContext {
  named(key: string): unknown
  list(index: number): unknown
  plural(cases: unknown[]): unknown
  normalize(values: unknown[]): unknown
  interpolate(value: unknown): unknown
}

export class MessageSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly source: string,
    readonly offset: number,
  ) {
    super(`${message} at ${offset} in "${source}"`)
  }
}

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

function render(ctx: RuntimeContext, parts: Part[]): unknown {
  return ctx.normalize(
    parts.map((p) =>
      typeof p === 'string'
        ? p
        : ctx.interpolate('named' in p ? ctx.named(p.named) : ctx.list(p.list)),
    ),
  )
}

/** Compiles a message source into the function vue-i18n evaluates. */
export function compileMessage(source: string): MessageFunction {
  const cases = parseMessage(source)
  const only = cases.length === 1 ? cases[0]! : null
  const fn = (ctx: RuntimeContext) =>
    only ? render(ctx, only) : ctx.plural(cases.map((parts) => render(ctx, parts)))
  return fn as unknown as MessageFunction
}

const cache = new Map<string, MessageFunction>()

/** vue-i18n's `messageCompiler` option: cached, and errors go to vue-i18n's handler. */
export const messageCompiler: MessageCompiler = (message, context) => {
  if (typeof message !== 'string') {
    // Pre-compiled ASTs never occur here: every message is a plain string in src/i18n/messages.
    context.onError?.(new MessageSyntaxError('not a string message', String(message), 0) as never)
    return () => String(message)
  }
  const hit = cache.get(message)
  if (hit) return hit
  try {
    const fn = compileMessage(message)
    cache.set(message, fn)
    return fn
  } catch (error) {
    context.onError?.(error as never)
    return () => message
  }
}
