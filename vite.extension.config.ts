// Builds the companion extension into dist-extension/ (load-unpacked ready). Three passes, chosen by
// --mode: "pages" (popup, board page and the module background, sharing chunks), then "content" and
// "strip" (classic scripts: a content script and an injected file cannot import modules).
// DK_APP_ORIGINS (comma-separated) overrides the app's origins; DK_EXTENSION_OUT the output folder.
import { readdirSync, readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { appOrigins, distManifest } from './extension/build-manifest.ts';
import { noInnerHtml } from './extension/no-inner-html.ts';
import pkg from './package.json' with { type: 'json' };

const root = import.meta.dirname;

function manifestAndIcons(): Plugin {
  return {
    name: 'dk-extension-manifest',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'manifest.json',
        source: `${JSON.stringify(distManifest(), null, 2)}\n`,
      });
      // The name and description in nb, nn and en (manifest.json says __MSG_extName__ and so on).
      for (const lang of readdirSync(`${root}/extension/_locales`)) {
        const fileName = `_locales/${lang}/messages.json`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`${root}/extension/${fileName}`) });
      }
      for (const size of [16, 32, 48, 128]) {
        const fileName = `icons/icon-${size}.png`;
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`${root}/public/${fileName}`) });
      }
    },
  };
}

export default defineConfig(({ mode }): UserConfig => {
  const outDir = process.env.DK_EXTENSION_OUT || `${root}/dist-extension`;
  const common: UserConfig = {
    root: `${root}/extension`,
    publicDir: false,
    define: {
      __APP_VERSION__: JSON.stringify(pkg.version),
      __DK_APP_ORIGINS__: JSON.stringify(appOrigins()),
    },
    plugins: [noInnerHtml(), preact()],
    logLevel: 'warn',
  };
  if (mode === 'content' || mode === 'strip') {
    return {
      ...common,
      build: {
        outDir,
        emptyOutDir: false,
        target: 'es2022',
        modulePreload: false,
        reportCompressedSize: false,
        copyPublicDir: false,
        rollupOptions: {
          input: `${root}/extension/${mode}/main.ts`,
          output: { format: 'iife', entryFileNames: `${mode}.js` },
        },
      },
    };
  }
  return {
    ...common,
    plugins: [noInnerHtml(), preact(), manifestAndIcons()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
      rollupOptions: {
        input: {
          popup: `${root}/extension/popup.html`,
          board: `${root}/extension/board.html`,
          background: `${root}/extension/background/main.ts`,
        },
        output: {
          entryFileNames: (chunk) =>
            chunk.name === 'background' ? 'background.js' : 'assets/[name]-[hash].js',
          // Shared chunks are named by hash: the bundler names them after a first module, which misleads.
          chunkFileNames: 'assets/chunk-[hash].js',
        },
      },
    },
  };
});
