import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';
import { cacheDirFor } from './scripts/cache-dir.ts';
import { annotate } from './src/integrations/annotate/annotate-integration.ts';
import { devContent } from './src/integrations/dev-content/dev-content-integration.ts';

// Articles are parsed and rendered by the project's own lean unified pipeline inside the content
// loaders (src/analysis/, src/render/): once per build, sanitised last. Astro's own Markdown
// processor only ever sees stray .md pages; it is the unified one, with SmartyPants off so no
// text is ever rewritten.
export default defineConfig({
  site: process.env['SITE_URL'] ?? 'https://claimlens.example',
  // Each content folder keeps its own content-layer store and incremental-build cache, so the
  // site, the test fixtures and the benchmarks never overwrite each other's.
  cacheDir: cacheDirFor(process.env['ASTRO_CACHE_DIR'], process.env['CLAIMLENS_CONTENT']),
  trailingSlash: 'always',
  // Four pages at a time: while one page's files are written, the next renders (1 → 4 took a
  // 100-article build from 22.3 s to 16.3 s on 2 cores; 8 and 16 were no faster).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // A rebuild reuses the pages whose `cacheKey` (src/site/site-data.ts) and code are unchanged
  // instead of rendering them again (scripts/build.ts, scripts/output-slots.ts).
  experimental: { incrementalBuild: true },
  markdown: {
    processor: unified({ remarkPlugins: [remarkDirective], smartypants: false }),
  },
  // The Dev Toolbar is turned on in dev only, for the Annotate app (src/integrations/annotate/).
  devToolbar: { enabled: false },
  // /sitemap-index.xml for every page a search engine may index (the /data/ files are listed in
  // docs/data.md instead); the maintenance and embed pages are `noindex`, so they stay out.
  integrations: [
    sitemap({ filter: (page) => !/\/(maintenance|embed)\//.test(new URL(page).pathname) }),
    devContent(),
    annotate(),
  ],
  // Every script is a file of the site's own origin, so the CSP can be `script-src 'self'` with no inline code.
  // The dev server watches the project; build outputs and the benchmark's scratch folder (100,000s
  // of files at N = 1,000) are not sources, and crawling them kept it from starting.
  vite: {
    // scripts/build.ts builds into the output before last and prunes it itself (scripts/output-slots.ts).
    build: {
      assetsInlineLimit: 0,
      ...(process.env['CLAIMLENS_KEEP_OUTPUT'] ? { emptyOutDir: false } : {}),
    },
    server: {
      watch: { ignored: ['**/.bench/**', '**/dist*/**', '**/.dist-*/**', '**/test-results/**'] },
    },
  },
});
