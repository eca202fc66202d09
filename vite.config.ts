/// <reference types="vitest/config" />
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import pkg from './package.json' with { type: 'json' };
import { syncCsp } from './scripts/sync-csp.ts';
import { parseSyncOrigins } from './src/domain/sync/origins.ts';

/** The sync servers this build may talk to (docs/sync.md §10); empty unless DK_SYNC_ORIGINS is set. */
const syncOrigins = parseSyncOrigins(process.env.DK_SYNC_ORIGINS);

/** index.html's Content-Security-Policy gains exactly the listed sync servers, and nothing without them. */
function syncConnectSrc(): Plugin {
  return { name: 'dk-sync-connect-src', transformIndexHtml: (html) => syncCsp(html, syncOrigins) };
}

/**
 * The first paint needs nothing but the HTML: the app's own stylesheet (about 3 KB gzipped) is
 * written into index.html instead of linked, so no request blocks rendering. The static shell in
 * index.html uses the home screen's own markup and classes, so it paints at once looking exactly as
 * the home screen will, and the largest text (the lead paragraph) is already there when the
 * JavaScript takes over (Largest Contentful Paint is that first paint).
 */
function inlineEntryCss(): Plugin {
  return {
    name: 'dk-inline-entry-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        return html.replace(
          /<link rel="stylesheet"[^>]*href="\/(assets\/[^"]+\.css)"[^>]*>/g,
          (tag, file: string) => {
            const asset = bundle[file];
            if (asset?.type !== 'asset') return tag;
            const css = String(asset.source);
            if (css.includes('</style')) throw new Error(`${file} cannot be inlined`);
            // The file stays, emptied: a lazy screen whose modules share this CSS still lists it among
            // the stylesheets to load first, and a missing file is served as index.html. Chromium
            // shrugs that off; Firefox refuses the stylesheet (text/html), the preload fails and the
            // screen does not open. Empty, it loads in a few bytes and changes nothing in the cascade.
            asset.source = '/* inlined into index.html */\n';
            return `<style>${css}</style>`;
          },
        );
      },
    },
  };
}

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __DK_SYNC_ORIGINS__: JSON.stringify(syncOrigins),
    // A literal, so `if (__DK_SYNC__)` and `__DK_SYNC__ && …` vanish from a build without a server.
    __DK_SYNC__: JSON.stringify(syncOrigins.length > 0),
  },
  resolve: {
    alias: [
      // Dexie's package entry wraps its ES5 UMD build (class and async helpers written out, plus the
      // CommonJS interop); the same release ships an ES2021 module build, which suits our es2022
      // target and is 2.2 KB gzipped smaller on the first visit. Tests run the same build.
      { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' },
      // The same for the service-worker registration (virtual:pwa-register): workbox-window's
      // "module" field names its ES5 build; its primary build (package.json `workbox.primaryBuild`)
      // is the ES2017 one, 0.9 KB gzipped smaller.
      { find: /^workbox-window$/, replacement: 'workbox-window/build/workbox-window.prod.mjs' },
    ],
  },
  build: {
    target: 'es2022',
    // Small chunks per screen; the home screen must stay under its byte budget.
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically is loaded on every start anyway: one file for
          // all of it instead of seven (preact + i18n, Dexie + db, the backup format, two tiny
          // shared ones, the preload helper) compresses better and drops the imports between them.
          // Screens still come in their own chunks, loaded on demand.
          groups: [{ name: 'index', tags: ['$initial'] }],
        },
      },
    },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1', port: 5173 },
  plugins: [
    preact(),
    inlineEntryCss(),
    syncConnectSrc(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.svg', 'icons/*.png'],
      manifest: {
        id: '/',
        name: 'Drømmeklassen',
        short_name: 'Drømmeklassen',
        description: 'Styrkespråk, drømmeklasse og styrketavle - uten nett og uten konto.',
        lang: 'nb',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fffaf2',
        theme_color: '#2f5d50',
        icons: [
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: '/index.html',
        // First install takes control at once (offline from the first visit); later updates wait
        // for the teacher to say "reload" so a running board or a half-typed text is never lost.
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    environment: 'jsdom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    globals: false,
    restoreMocks: true,
    // Limits that only catch a hang: a loaded machine runs these tests many times slower than an idle
    // one, and a test must never fail on how busy the machine is (findBy*/waitFor: tests/unit/setup.ts).
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // setup.ts's afterEach (unmount every screen) runs before a file's own afterEach (close and
    // delete its database), so no screen is left querying a database that is going away.
    sequence: { hooks: 'list' },
  },
});
