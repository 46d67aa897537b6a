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
