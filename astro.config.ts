import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkDirective from 'remark-directive';

// Articles are parsed and rendered by the project's own lean unified pipeline inside the content
// loaders (src/analysis/, src/render/): once per build, sanitised last. Astro's own Markdown
// processor only ever sees stray .md pages; it is the unified one, with SmartyPants off so no
// text is ever rewritten.
export default defineConfig({
  site: 'https://claimlens.example',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  markdown: {
    processor: unified({ remarkPlugins: [remarkDirective], smartypants: false }),
  },
  devToolbar: { enabled: false },
  // Every script is a file of the site's own origin, so the CSP can be `script-src 'self'` with no inline code.
  vite: { build: { assetsInlineLimit: 0 } },
});
