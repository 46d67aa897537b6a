/**
 * A static file server for built pages, shared by the browser benches: every page is served
 * the same way (plain HTTP on 127.0.0.1, no compression, no cache headers), each directory
 * under its own path prefix, with the history fallback to that directory's index.html.
 */
import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
}

/** `mounts` maps a path prefix ('' for the root, else '/name') to a directory. */
export function serveStatic(
  mounts: Record<string, string>,
): Promise<{ server: Server; base: string; close: () => Promise<void> }> {
  // Longest prefix first, so '/vueflow' wins over ''.
  const order = Object.entries(mounts).sort((a, b) => b[0].length - a[0].length)
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const [prefix, dir] = order.find(
      ([p]) => p === '' || url.pathname === p || url.pathname.startsWith(`${p}/`),
    ) ?? ['', '']
    if (!dir) return void res.writeHead(404).end()
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length) || '/'))
    let file = join(dir, rel)
    if (!file.startsWith(dir)) return void res.writeHead(403).end()
    try {
      if (!(await stat(file)).isFile()) throw new Error('dir')
    } catch {
      file = join(dir, 'index.html') // history fallback
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    res.end(await readFile(file))
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      resolve({
        server,
        base: `http://127.0.0.1:${port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      })
    }),
  )
}
