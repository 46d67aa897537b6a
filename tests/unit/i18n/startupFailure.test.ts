import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { showStartupFailure } from '@/i18n/startupFailure'

describe('the start-up failure message', () => {
  beforeAll(() => {
    // The template as index.html ships it.
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8')
    const doc = new DOMParser().parseFromString(html, 'text/html')
    document.body.append(document.importNode(doc.getElementById('startup-failure')!, true))
  })

  it.each([
    ['en', 'The app could not finish loading', 'Reload'],
    ['ko', '앱을 다 불러오지 못했습니다', '새로고침'],
  ] as const)('replaces the blank page with an alert and Reload (%s)', (lang, text, reload) => {
    const root = document.createElement('div')
    root.append(document.createElement('p'))
    showStartupFailure(root, lang)
    expect(root.children).toHaveLength(1)
    const alert = root.firstElementChild!
    expect(alert.getAttribute('role')).toBe('alert')
    expect(alert.getAttribute('lang')).toBe(lang)
    expect(alert.querySelector('p')!.textContent).toContain(text)
    expect(alert.querySelector('button')!.textContent).toBe(reload)
  })
})
