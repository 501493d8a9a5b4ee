/**
 * What each layer of `src/` may import besides packages, lowest first. Astro (`astro`, `astro:*`,
 * `astro/*`) is allowed only where `astro` is listed. Read by eslint.config.js (one
 * `no-restricted-imports` rule per folder) and by tests/unit/architecture/import-graph.test.ts.
 * The views (`components`, `layouts`, `pages`) sit on top and may import any of these.
 */
export const LAYERS: Readonly<Record<string, { may: readonly string[]; astro?: true }>> = {
  // The settings a deployment changes (site-config.ts).
  'site-config': { may: [] },
  // unified, the sanitise allow-list and block rendering: what any Markdown-to-HTML step shares.
  markdown: { may: [] },
  // The pure core: parsing, validation, the typed entries and how they are ordered.
  analysis: { may: ['markdown'] },
  // Words and markup for readers: date phrases, labels, anchors, snippets.
  render: { may: ['analysis', 'markdown', 'site-config'] },
  // Open-data shapes from the typed entries.
  exports: { may: ['analysis', 'markdown', 'render', 'site-config'] },
  // The analyst's command-line tools.
  tools: { may: ['analysis', 'markdown'] },
  // The dev server's live corpus and content problems, shared by the loader, the dev integrations
  // and the site data.
  dev: { may: ['analysis'] },
  // Astro's content collections over the core.
  loaders: { may: ['analysis', 'dev', 'markdown'], astro: true },
  // What the views share, read once per build (once per change on the dev server).
  site: { may: ['analysis', 'dev', 'exports', 'markdown', 'render', 'site-config'], astro: true },
  // The synthetic corpus and process measurements of `npm run bench`.
  bench: { may: [] },
  // Code that runs in the reader's browser, each a comfort the page works without: it runs on its own.
  client: { may: [] },
};

/**
 * What sits above every layer and may import any of them: the views, the Astro integrations, the
 * styles, the collections' config, the type of Astro's per-request locals and fontkit's types. No layer
 * imports these.
 */
export const TOP = [
  'components',
  'layouts',
  'pages',
  'integrations',
  'styles',
  'content.config',
  'locals.d',
  'fontkit.d',
];
