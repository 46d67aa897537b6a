import type { RouteLocationRaw, RouteLocationResolved, Router } from 'vue-router'
import type { I18n } from '@/i18n/runtime'

/** Starts loading the lazy view modules of a resolved route (one request each, shared later). */
export function loadViews(route: Pick<RouteLocationResolved, 'matched'>) {
  for (const record of route.matched) {
    const view = record.components?.default
    if (typeof view === 'function') void (view as () => Promise<unknown>)()
  }
}

/**
 * Fetches a view's chunk and message areas ahead of a navigation the page is about to make, so
 * `router.push` changes the URL at once: it waits for both, and a page that reloads meanwhile
 * comes back at the old URL (the questionnaire again, right after finishing it). Apart from
 * `./index.ts`, so a view can use it without importing the route table.
 */
export function preloadRoute(router: Router, i18n: Pick<I18n, 'ensure'>, to: RouteLocationRaw) {
  const route = router.resolve(to)
  loadViews(route)
  void i18n.ensure(route.meta.areas ?? []).catch(() => {})
}

/**
 * Goes to `to` in place of the current entry, with the address changed at once. The router
 * changes the URL only once the view's chunk and messages are in; a reload in those few
 * milliseconds came back at the old address (the questionnaire again, right after finishing
 * it: 1 of 50 stress rounds). Now a reload at any moment opens `to`. The router's own replace
 * follows, and sets its history state as usual.
 */
export function replaceNow(router: Router, to: RouteLocationRaw): Promise<unknown> {
  const route = router.resolve(to)
  const history = router.options.history
  const here = typeof window === 'undefined' ? null : window.location
  // Only for the browser's own history (not the memory history of tests).
  if (here && history.createHref(history.location) === here.pathname + here.search + here.hash)
    window.history.replaceState(window.history.state, '', route.href)
  return router.replace(route)
}
