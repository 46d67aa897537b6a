import {
  createRouter,
  createWebHistory,
  type RouteLocationNormalized,
  type RouteRecordRaw,
  type Router,
  type RouterHistory,
} from 'vue-router'
import type { Area } from '@/i18n/areas'
import type { I18n } from '@/i18n/runtime'
import { clearLoadFailure, reportError } from '@/composables/useAppErrors'
import { useRoadmapStore } from '@/stores/roadmap'

declare module 'vue-router' {
  interface RouteMeta {
    /** Without a roadmap the user is sent to the questionnaire first. */
    requiresRoadmap?: boolean
    /** The message areas the view needs besides the shell, loaded before it renders. */
    areas?: readonly Area[]
  }
}

/** The one route table: every view is loaded lazily. */
export const routes = [
  {
    path: '/',
    name: 'graph',
    component: () => import('@/views/GraphView.vue'),
    meta: { requiresRoadmap: true, areas: ['roadmap', 'graph'] },
  },
  {
    path: '/list',
    name: 'plan',
    component: () => import('@/views/PlanView.vue'),
    meta: { requiresRoadmap: true, areas: ['roadmap', 'evidence', 'time', 'advice', 'notices'] },
  },
  {
    path: '/welcome',
    name: 'onboarding',
    component: () => import('@/views/OnboardingView.vue'),
    meta: { areas: ['onboarding'] },
  },
  {
    path: '/time',
    name: 'time',
    component: () => import('@/views/TimeView.vue'),
    meta: { requiresRoadmap: true, areas: ['time', 'roadmap', 'review'] },
  },
  /** This week: the proposed (or accepted) week, the next session, progress, the calendar file. */
  {
    path: '/week',
    name: 'week',
    component: () => import('@/views/WeekView.vue'),
    meta: { requiresRoadmap: true, areas: ['time'] },
  },
  /** The weekly review: opened from the plan's reminder and the time view, not the nav bar. */
  {
    path: '/review',
    name: 'review',
    component: () => import('@/views/ReviewView.vue'),
    meta: { requiresRoadmap: true, areas: ['review', 'time', 'roadmap'] },
  },
  {
    path: '/papers',
    name: 'papers',
    component: () => import('@/views/PapersView.vue'),
    meta: { requiresRoadmap: true, areas: ['evidence'] },
  },
  {
    path: '/portfolio',
    name: 'portfolio',
    component: () => import('@/views/PortfolioView.vue'),
    meta: { requiresRoadmap: true, areas: ['evidence'] },
  },
  {
    path: '/advice',
    name: 'advice',
    component: () => import('@/views/AdviceView.vue'),
    meta: { areas: ['advice', 'roadmap'] },
  },
  {
    path: '/settings',
    name: 'settings',
    component: () => import('@/views/SettingsView.vue'),
    meta: { areas: ['settings', 'onboarding'] },
  },
  {
    path: '/roadmaps',
    name: 'roadmaps',
    component: () => import('@/views/RoadmapsView.vue'),
    meta: { areas: ['data', 'roadmap'] },
  },
  /** A share link: the roadmap travels in the hash, which never reaches a server. */
  {
    path: '/shared',
    name: 'shared',
    component: () => import('@/views/SharedView.vue'),
    meta: { areas: ['data', 'roadmap', 'graph'] },
  },
  { path: '/:pathMatch(.*)*', redirect: '/' },
] satisfies RouteRecordRaw[]

/** The app's router; with `i18n`, each view's message areas load before it renders. */
export function createAppRouter(
  history: RouterHistory = createWebHistory(import.meta.env.BASE_URL),
  i18n?: Pick<I18n, 'ensure'>,
) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, saved) {
      if (saved) return saved
      // The first navigation starts at the top anyway; scrolling would only force a layout.
      if (!from.matched.length && !to.hash) return false
      // The graph handles `#m-<id>` itself by focusing the card.
      // A share link's hash is data, not an anchor.
      if (to.hash && to.name !== 'graph' && to.name !== 'shared')
        return { el: decodeURIComponent(to.hash), top: 72 }
      return { top: 0 }
    },
  })
  router.beforeEach((to) => {
    const redirect = roadmapGuard(to)
    if (redirect) return redirect
    // The view's messages download alongside its chunk (a failure is reported below)…
    void i18n?.ensure(to.meta.areas ?? []).catch(() => {})
  })
  // …and the view renders once they are there, so it never shows a raw key.
  router.beforeResolve(async (to) => {
    await i18n?.ensure(to.meta.areas ?? [])
  })
  // A view or its messages that cannot be downloaded (a flaky network, a deploy since the page
  // opened) would leave the old view, or on the first load an empty page, without a word: the
  // error notice says so, and its Retry makes the same navigation again.
  router.onError((error, to) => reportError(error, () => router.push(to.fullPath)))
  router.afterEach((_to, _from, failure) => {
    if (!failure) clearLoadFailure()
  })
  return router
}

/** Without a roadmap, views that show one send the user to the questionnaire. */
function roadmapGuard(
  to: Pick<RouteLocationNormalized, 'meta'>,
  hasRoadmap = useRoadmapStore().active !== null,
) {
  if (to.meta.requiresRoadmap && !hasRoadmap) return { name: 'onboarding' } as const
}

/**
 * Where the first navigation to `href` ends, after the guard (nothing is downloaded): with the
 * loaded data, or, before storage is read, as if a roadmap was there or not (`hasRoadmap`).
 */
export function firstRoute(router: Router, href: string, hasRoadmap?: boolean) {
  const first = router.resolve(href)
  const redirect = roadmapGuard(first, hasRoadmap)
  return redirect ? router.resolve(redirect) : first
}

/**
 * Starts downloading the view the first navigation will show (after the guard, `hasRoadmap` as
 * in `firstRoute`), so its chunk arrives while storage is read or the app shell mounts instead
 * of after, and returns that route (its `meta.areas` name the messages to fetch too). The
 * router's own lazy loader then finds the module already on its way: `import()` of the same file
 * is one request, so preloading a view twice costs nothing.
 */
export function preloadView(router: Router, href: string, hasRoadmap?: boolean) {
  const to = firstRoute(router, href, hasRoadmap)
  for (const record of to.matched) {
    const view = record.components?.default
    // A failure here is the router's too, which reports it (the error notice).
    if (typeof view === 'function') (view as () => Promise<unknown>)().catch(() => undefined)
  }
  return to
}
