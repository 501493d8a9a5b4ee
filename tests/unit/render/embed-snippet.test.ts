import { describe, expect, test } from 'vitest';
import { embedSnippet, oembedFor } from '../../../src/render/embed-snippet.ts';

const site = new URL('https://claimlens.example');
const target = {
  path: '/embed/articles/a/timeline/',
  title: 'Timeline: "Quotes" & <tags>',
  height: 600,
};

describe('embedSnippet', () => {
  test('without the script: an iframe of the stated height', () => {
    expect(embedSnippet(target, site, false)).toBe(
      '<iframe src="https://claimlens.example/embed/articles/a/timeline/" title="Timeline: &#x22;Quotes&#x22; &#x26; <tags>" width="100%" height="600" loading="lazy" style="border:0;max-width:100%"></iframe>',
    );
  });

  test('with the script: the resize script of the same site follows', () => {
    expect(embedSnippet(target, site, true)).toMatch(
      /<\/iframe><script src="https:\/\/claimlens\.example\/embed\.js" async><\/script>$/,
    );
  });
});

describe('oembedFor', () => {
  test('is an oEmbed 1.0 rich response whose html is the snippet with the script', () => {
    expect(oembedFor(target, site)).toEqual({
      version: '1.0',
      type: 'rich',
      title: target.title,
      provider_name: 'ClaimLens',
      provider_url: 'https://claimlens.example/',
      html: embedSnippet(target, site, true),
      width: 640,
      height: 600,
    });
  });
});
