import { describe, expect, it } from 'vitest'
import { showStartupFailure, STARTUP_FAILURE } from '@/i18n/startupFailure'

describe('the start-up failure message', () => {
  it.each(['en', 'ko'] as const)(
    'replaces the blank page with an alert and Reload (%s)',
    (lang) => {
      const root = document.createElement('div')
      root.append(document.createElement('p'))
      showStartupFailure(root, lang)
      const alert = root.querySelector('[role="alert"]')!
      expect(root.children).toHaveLength(1)
      expect(alert.getAttribute('lang')).toBe(lang)
      expect(alert.querySelector('p')!.textContent).toBe(STARTUP_FAILURE[lang].text)
      expect(alert.querySelector('button')!.textContent).toBe(STARTUP_FAILURE[lang].reload)
    },
  )
})
