import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

// The Annotate app, the dev server's error page and its live reload exist for `astro dev` only.
test('the production build ships none of the dev tools: no toolbar, no Annotate app, no error page', () => {
  const files = readdirSync('dist', { recursive: true })
    .map(String)
    .filter((name) => /\.(html|js|css|json)$/.test(name));
  expect(files.length).toBeGreaterThan(100);
  const found = files.filter((name) =>
    /claimlens-annotate|Mark as claim|astro-dev-toolbar|The content has problems|claimlens-content-version|__claimlens/.test(
      readFileSync(join('dist', name), 'utf8'),
    ),
  );
  expect(found).toEqual([]);
});
