/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** A digest of the automatic layout's code, made at build time (`vite.config.ts`). */
declare const __LAYOUT_VERSION__: string
