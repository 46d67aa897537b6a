/** Small helpers for timing and summarising runs. */

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length === 0 ? NaN : s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

export function mean(values: number[]): number {
  return values.length === 0 ? NaN : values.reduce((a, b) => a + b, 0) / values.length
}

/** Milliseconds, with sensible precision for a table. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return '—'
  if (value < 10) return value.toFixed(2)
  if (value < 100) return value.toFixed(1)
  return value.toFixed(0)
}

export function pad(cells: string[], widths: number[]): string {
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')
}

/** Markdown table from rows of cells; the first row is the header. */
export function markdown(rows: string[][]): string {
  const [head, ...body] = rows
  const line = (r: string[]): string => `| ${r.join(' | ')} |`
  return [line(head!), line(head!.map(() => '---')), ...body.map(line)].join('\n')
}
