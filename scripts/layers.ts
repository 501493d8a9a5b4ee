/**
 * What each layer of `src/` may import besides packages, lowest first. Astro (`astro`, `astro:*`,
 * `astro/*`) is allowed only where `astro` is listed. Read by eslint.config.js (one
 * `no-restricted-imports` rule per folder) and by tests/unit/architecture/import-graph.test.ts.
 * The views (`components`, `layouts`, `pages`) sit on top and may import any of these.
 */
export const LAYERS: Readonly<Record<string, { may: readonly string[]; astro?: true }>> = {
  // unified, the sanitise allow-list and block rendering: what any Markdown-to-HTML step shares.
  markdown: { may: [] },
  // The pure core: parsing, validation, the typed entries and how they are ordered.
  analysis: { may: ['markdown'] },
  // Words and markup for readers: date phrases, labels, anchors, snippets.
  render: { may: ['analysis', 'markdown'] },
  // Open-data shapes from the typed entries.
  exports: { may: ['analysis', 'markdown', 'render'] },
  // The analyst's command-line tools.
  tools: { may: ['analysis', 'markdown'] },
  // Astro's content collections over the core.
  loaders: { may: ['analysis', 'markdown'], astro: true },
  // What the views share, read once per build.
  site: { may: ['analysis', 'exports', 'markdown', 'render'], astro: true },
  // Browser scripts: they run on their own.
  scripts: { may: [] },
};
