import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { filesUnder, readBuilt } from './built-files.ts';

// A scan of the built HTML, independent of how it was produced: whatever an article or actor file
// contains, the output holds no handlers, no script URLs and no code but the site's own files.

const SCRIPT_URL = /^(?:javascript|vbscript|data):/i;
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formAction',
  'poster',
  'xLinkHref',
  'data',
  'cite',
  'background',
];
const FORBIDDEN_ELEMENTS = new Set([
  'iframe',
  'object',
  'embed',
  'base',
  'frame',
  'frameset',
  'applet',
]);

/** Every problem found in one page, as readable strings. */
function problemsIn(tree: Root): string[] {
  const problems: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`<${node.tagName}> has handler ${name}`);
      // Browsers ignore control characters and whitespace inside a scheme, so compare without them.
      const text = String(Array.isArray(value) ? value.join(' ') : value).replace(
        // eslint-disable-next-line no-control-regex -- these are exactly the characters browsers skip
        /[\u0000-\u0020]/g,
        '',
      );
      if (URL_ATTRIBUTES.includes(name) && SCRIPT_URL.test(text))
        problems.push(`<${node.tagName} ${name}="${text.slice(0, 40)}">`);
    }
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) problems.push(`<${node.tagName}> element`);
    if (
      node.tagName === 'meta' &&
      String(node.properties['httpEquiv'] ?? '').toLowerCase() === 'refresh'
    )
      problems.push('<meta http-equiv=refresh>');
    if (node.tagName === 'script') {
      const type = String(node.properties['type'] ?? '');
      const code = node.children.map((child) => ('value' in child ? child.value : '')).join('');
      if (type === 'application/ld+json') {
        try {
          JSON.parse(code);
        } catch {
          problems.push('JSON-LD block that does not parse');
        }
      } else if (code.trim() !== '') problems.push(`inline script: ${code.slice(0, 60)}`);
      else if (!String(node.properties['src'] ?? '').startsWith('/'))
        problems.push(`script from elsewhere: ${String(node.properties['src'])}`);
    }
    if (node.tagName === 'a' && /^https?:/i.test(String(node.properties['href'] ?? ''))) {
      const rel = (node.properties['rel'] as string[] | undefined) ?? [];
      if (!rel.includes('noopener') || !rel.includes('noreferrer'))
        problems.push(
          `external link without rel="noopener noreferrer": ${String(node.properties['href'])}`,
        );
    }
  });
  return problems;
}

for (const site of ['dist', 'dist-attacks']) {
  test(`every page built into ${site}/ is inert`, () => {
    const pages = filesUnder(site).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(3);
    const found = pages.flatMap((file) =>
      problemsIn(fromHtml(readBuilt(site, file))).map((problem) => `${file}: ${problem}`),
    );
    expect(found).toEqual([]);
  });
}

test('JSON-LD carries hostile text back unchanged', () => {
  const blocks = filesUnder('dist-attacks')
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) =>
      [
        ...readBuilt('dist-attacks', file).matchAll(
          /<script type="application\/ld\+json">(.*?)<\/script>/gs,
        ),
      ].map((match) => match[1] ?? ''),
    );
  expect(blocks.length).toBeGreaterThan(0);
  const values = blocks.flatMap((block) => JSON.stringify(JSON.parse(block)));
  // The claim's exact words include a literal "<script>…</script>" written as text in the article.
  expect(
    values.some((json) => json.includes('The text says <script>alert(1)</script> as words')),
  ).toBe(true);
});
