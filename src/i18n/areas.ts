/**
 * The UI messages come in areas, so a view downloads only the words it can show. Each area is
 * one module per language, `messages/<area>.<lang>.ts`, and owns whole top-level namespaces
 * (`graph.*`, `graphError.*` belong to `graph`); `messages/en.ts` puts them together as the one
 * shape every language fulfils.
 *
 * - `shell` is loaded at start: everything App.vue always shows (navigation, save status,
 *   timer bar, update prompts, shared words such as `common.*`).
 * - `notices` comes with the banners shown only when there is something to say (storage trouble,
 *   unreadable data, the export and review reminders), which load on their own.
 * - Each route lists the areas its view needs in `meta.areas` (src/router/index.ts); the router
 *   loads them before the view renders.
 * - A component loaded later on its own (the graph's side panel) names its areas with
 *   `useLazyComponent`, and they load with it.
 * - Switching the language loads every area loaded so far in the new language first.
 *
 * tests/unit/i18n/areas.test.ts checks that every key a module uses belongs to an area that is
 * loaded wherever that module can render.
 */
export const AREAS = [
  'shell',
  'notices',
  'roadmap',
  'graph',
  'evidence',
  'time',
  'review',
  'advice',
  'onboarding',
  'settings',
  'data',
] as const

export type Area = (typeof AREAS)[number]
