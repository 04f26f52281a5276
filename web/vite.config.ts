// Builds the dashboard into dist/web, served by `spiral serve` itself (no CDN, no second server).
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

/**
 * The page loads its drawing code (web/src/drawing.ts: Plot and the world outlines) apart, by
 * import(). Chromium fetches such a script at low priority, after the page's API requests, and
 * the server answers those first: the charts waited behind the spike scan. A modulepreload link
 * has the HTML ask for it at once, before the page's script asks the API anything.
 */
function preloadDrawing(): Plugin {
  return {
    name: 'spiral-preload-drawing',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.name === 'drawing',
        );
        if (!chunk) return [];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [preloadDrawing()],
  build: {
    outDir: fileURLToPath(new URL('../dist/web', import.meta.url)),
    emptyOutDir: true,
    // The page's CSP allows no inline script: keep every asset a file, never a data: URL module.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
  },
});
