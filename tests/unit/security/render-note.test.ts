import { describe, expect, test } from 'vitest';
import { renderNote } from '../../../src/markdown/markdown-processor.ts';

describe('analysis Markdown (notes, descriptions) renders inert', () => {
  test.each([
    ['raw script', '<script>alert(1)</script>', /<script/i],
    ['event handler', 'x <img src=x onerror=alert(1)>', /onerror/i],
    ['script URL link', '[x](javascript:alert(1))', /javascript:/i],
    ['entity-encoded script URL', '[x](&#106;avascript:alert(1))', /javascript:/i],
    ['data URL image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', /src=/i],
    ['image from another origin', '![x](https://evil.example/p.png)', /evil\.example/],
    ['protocol-relative image', '![x](//evil.example/p.png)', /evil\.example/],
    ['iframe', '<iframe src="https://evil.example"></iframe>', /iframe/i],
  ])('%s', (_name, markdown, forbidden) => {
    expect(renderNote(markdown)).not.toMatch(forbidden);
  });

  test('external links get rel="noopener noreferrer"', () => {
    expect(renderNote('[a](https://example.org/)')).toBe(
      '<p><a href="https://example.org/" rel="noopener noreferrer">a</a></p>',
    );
  });

  test('an image from another origin is dropped whole, not left without a source', () => {
    expect(renderNote('See ![x](https://evil.example/p.png) here.')).toBe('<p>See  here.</p>');
  });

  test('same-site images keep their path', () => {
    expect(renderNote('![chart](/images/chart.png)')).toContain('src="/images/chart.png"');
  });
});
