import type { Locale } from '../domain/schema'

/**
 * Shows, in place of a blank page, that the app could not start because part of it (often the
 * message areas themselves) could not be downloaded — a flaky network, or a new version
 * published while the page was loading — with a Reload button. Its text, in both languages, is
 * the `#startup-failure` template of index.html: the one text that cannot come from the message
 * areas, and outside the first view's JavaScript.
 *
 * `main.ts` calls it when its start fails; `index.html`'s start script (`scripts/startPreload.ts`)
 * carries a copy of its source for when the entry itself, or a file it imports, cannot be
 * downloaded. So it uses nothing but the browser's globals: no imports, no closure.
 */
export function showStartupFailure(root: HTMLElement, locale: Locale) {
  const template = document.getElementById('startup-failure')
  if (!(template instanceof HTMLTemplateElement)) return
  const text = template.content.querySelector(`[lang="${locale}"]`)
  if (!text) return
  const box = text.cloneNode(true) as HTMLElement
  box.className = 'banner banner-danger'
  box.setAttribute('role', 'alert')
  box.dataset.testid = 'startup-failure'
  box.querySelector('button')?.addEventListener('click', () => location.reload())
  root.replaceChildren(box)
}
