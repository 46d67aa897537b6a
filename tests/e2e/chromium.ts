/**
 * Debian's Chromium, never a downloaded browser, with the flags that keep it off this
 * machine's closed network. Shared by the e2e config and the benches.
 */
export const CHROMIUM_EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Unthrottled frames, for frame-time benches. */
export const UNTHROTTLED_ARGS = ['--disable-gpu-vsync', '--disable-frame-rate-limit']
