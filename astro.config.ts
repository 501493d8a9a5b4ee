import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';

// Articles are parsed and rendered by the project's own lean unified pipeline inside the content
// loaders (src/analysis/, src/render/): once per build, sanitised last. Astro's own Markdown
// processor only ever sees stray .md pages; it is the unified one, with SmartyPants off so no
// text is ever rewritten.
export default defineConfig({
  site: process.env['SITE_URL'] ?? 'https://claimlens.example',
  // Builds of other content (benchmarks, test fixtures) keep their own content-layer store.
  ...(process.env['ASTRO_CACHE_DIR'] ? { cacheDir: process.env['ASTRO_CACHE_DIR'] } : {}),
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkDirective], smartypants: false }),
  },
  devToolbar: { enabled: false },
  // /sitemap-index.xml for every page (the /data/ files are listed in docs/data.md instead).
  integrations: [sitemap()],
  // Every script is a file of the site's own origin, so the CSP can be `script-src 'self'` with no inline code.
  vite: { build: { assetsInlineLimit: 0 } },
});
