import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const ARTICLE = '/articles/japan-india-rare-earths/';
const HEADLINE = 'Japan has finally found a way to deal with China, and India has assured Japan';

/** Every element of a parsed document, in document order. */
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content);
}

/**
 * A page's link card as a link-preview scraper reads it: the served HTML, no script run, the
 * `<meta property|name=… content=…>` tags of its head, and the image the card points to.
 */
async function linkCard(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.ok()).toBe(true);
  const tags = new Map<string, string>();
  let title = '';
  for (const el of elements(parse(await response.text()))) {
    const attr = (name: string) => el.attrs.find((a) => a.name === name)?.value;
    const key = attr('property') ?? attr('name');
    const content = attr('content');
    if (el.tagName === 'meta' && key && content !== undefined && !tags.has(key))
      tags.set(key, content);
    if (el.tagName === 'title' && !title)
      title = el.childNodes.map((n) => ('value' in n ? n.value : '')).join('');
  }
  // Scrapers fall back from og: to twitter: to <title>; a card here must not need the fallback.
  const read = (key: string) => tags.get(key) ?? '';
  return { tags, title, read };
}

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

test.describe("the article page's link card, read as a link-preview scraper reads it", () => {
  test('leads with our verdict and the key findings; the headline only quoted and attributed', async ({
    request,
  }) => {
    const { read } = await linkCard(request, ARTICLE);
    expect(read('og:type')).toBe('article');
    expect(read('og:site_name')).toBe('ClaimLens');
    expect(read('og:url')).toBe(`https://claimlens.example${ARTICLE}`);
    for (const title of [read('og:title'), read('twitter:title')]) {
      expect(title).toMatch(/^Accurate on the ban, missing context on the G7/);
      expect(title, 'the headline is never the card title').not.toContain('Japan has finally');
    }
    for (const description of [read('og:description'), read('twitter:description')]) {
      expect(description).toMatch(
        /^Key claims: Missing context: A meeting was held six days after the ban/,
      );
      expect(description).toContain('Misleading: ');
      expect(description).toContain('Disputed: ');
      expect(description).toContain(`The article: “${HEADLINE}” (Toutiao).`);
    }
    expect(read('twitter:card')).toBe('summary_large_image');
  });

  test('its image is our verdict card, 1200×630, served, and its alt says so once, in words', async ({
    request,
  }) => {
    const { read } = await linkCard(request, ARTICLE);
    const image = read('og:image');
    expect(image).toBe(`https://claimlens.example${ARTICLE}share.png`);
    const served = await request.get(new URL(image).pathname);
    expect(served.headers()['content-type']).toBe('image/png');
    expect(pngSize(await served.body())).toEqual({ width: 1200, height: 630 });
    expect([read('og:image:width'), read('og:image:height')]).toEqual(['1200', '630']);
    const alt = read('og:image:alt');
    expect(alt).toMatch(/^Our reading: Accurate on the ban/);
    expect(alt).toContain('Key claims rated Missing context, Misleading, and Disputed.');
    expect(alt).toContain(`The article: “${HEADLINE}”`);
    expect(alt).not.toContain('timeline');
  });

  test('the JSON-LD reviews the article with our verdict, the source as the item reviewed', async ({
    request,
  }) => {
    const html = await (await request.get(ARTICLE)).text();
    const scripts = [...elements(parse(html))].filter(
      (el) => el.tagName === 'script' && el.attrs.some((a) => a.value === 'application/ld+json'),
    );
    expect(scripts).toHaveLength(1);
    const text = scripts[0]?.childNodes.map((n) => ('value' in n ? n.value : '')).join('') ?? '';
    const review = JSON.parse(text);
    expect(review).toMatchObject({
      '@type': 'Review',
      name: expect.stringMatching(/^Accurate on the ban/),
      reviewBody: expect.stringMatching(/^Key claims: Missing context/),
      itemReviewed: {
        '@type': 'NewsArticle',
        headline: HEADLINE,
        publisher: { name: 'Toutiao' },
        datePublished: '2026-01-20',
      },
    });
  });

  test("an unverified claim's card says no record was found, and its alt describes the card once", async ({
    request,
  }) => {
    const { read } = await linkCard(request, `${ARTICLE}claims/india-has-what-japan-wants/`);
    expect(read('og:description')).toContain('No record found: ');
    expect(read('og:description')).not.toContain('Our verdict');
    const alt = read('og:image:alt');
    expect(alt).toMatch(/^Unverified\. “/);
    expect(alt).toContain('No record found: ');
    expect(alt).not.toMatch(/Unverified: Unverified/);
  });
});
