import type { Locale } from '@/domain/schema'

/**
 * The one message that cannot come from the message areas: the app could not start because
 * part of it (often the shell messages themselves) could not be downloaded — a flaky network,
 * or a new version deployed while the page was loading. Both languages live here, small, in the
 * first download; everything else goes through the areas (./areas.ts).
 */
export const STARTUP_FAILURE: Record<Locale, { text: string; reload: string }> = {
  en: {
    text: 'The app could not finish loading: part of it could not be downloaded (a network problem, or a new version was just published). Your saved data is not touched. Reload to try again.',
    reload: 'Reload',
  },
  ko: {
    text: '앱을 다 불러오지 못했습니다. 일부 파일을 내려받지 못했습니다(네트워크 문제이거나 방금 새 버전이 나왔을 수 있습니다). 저장된 데이터는 그대로입니다. 새로고침해서 다시 시도하세요.',
    reload: '새로고침',
  },
}

/** Shows the start-up failure in `root` (in place of a blank page), with a Reload button. */
export function showStartupFailure(root: HTMLElement, locale: Locale) {
  const { text, reload } = STARTUP_FAILURE[locale]
  const box = document.createElement('div')
  box.className = 'banner banner-danger'
  box.setAttribute('role', 'alert')
  box.dataset.testid = 'startup-failure'
  box.lang = locale
  const p = document.createElement('p')
  p.textContent = text
  const button = document.createElement('button')
  button.type = 'button'
  button.className = 'btn btn-primary'
  button.textContent = reload
  button.addEventListener('click', () => location.reload())
  box.append(p, button)
  root.replaceChildren(box)
}
