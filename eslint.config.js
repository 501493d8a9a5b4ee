// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { LAYERS, TOP } from './scripts/layers.ts';

/** One `no-restricted-imports` rule per layer of src/: it may import only the layers below it. */
const layerRules = Object.entries(LAYERS).map(([folder, { may, astro }]) => {
  const above = [...Object.keys(LAYERS), ...TOP].filter(
    (other) => other !== folder && !may.includes(other),
  );
  const patterns = [
    {
      regex: `^(\\.\\./)+(${above.join('|')})(/|\\.ts$)`,
      message: `src/${folder}/ may import only from ${may.length > 0 ? may.map((m) => `src/${m}/`).join(', ') : 'packages'} (scripts/layers.ts)`,
    },
  ];
  if (!astro)
    patterns.push({
      regex: '^astro($|:|/)',
      message: `src/${folder}/ does not depend on Astro (scripts/layers.ts)`,
    });
  return {
    files: [`src/${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist*/',
      '.dist-*/',
      '**/.astro/',
      '.bench/',
      'test-results/',
      'public/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // A leading underscore marks a binding kept only to leave it out of a rest (`{ a: _, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { varsIgnorePattern: '^_', argsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    // House rule: no line over 120 characters; URLs and regex literals are exempt as they cannot be split.
    files: ['src/**', 'scripts/**', 'tests/**'],
    rules: { 'max-len': ['error', { code: 120, ignoreUrls: true, ignoreRegExpLiterals: true }] },
  },
  ...layerRules,
);
