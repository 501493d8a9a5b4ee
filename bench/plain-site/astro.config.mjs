// The comparison site for `npm run bench`: the same articles as plain Markdown, one page each,
// through Astro's default Markdown processor and no plugins.
import { defineConfig } from 'astro/config';

export default defineConfig({
  trailingSlash: 'always',
  devToolbar: { enabled: false },
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
});
