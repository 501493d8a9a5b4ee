/**
 * A frozen copy of the seed content (tests/fixtures/seed/README.md): code tests read it, never
 * the live `content/` folder, whose guarantees `npm run check:content` checks.
 */
export const SEED = 'tests/fixtures/seed';
