import { describe, expect, test } from 'vitest';
import { isAcceptedArchiveUrl } from '../../../src/analysis/archive-url.ts';

describe('isAcceptedArchiveUrl', () => {
  test.each([
    'https://web.archive.org/web/20260116093000/https://example.org/a?x=1',
    'https://web.archive.org/web/2026/http://example.org/',
    'https://web.archive.org/web/20260116093000id_/https://example.org/a',
    'https://archive.today/2026.01.16-093000/https://example.org/a',
    'https://archive.ph/AbC12',
    'https://archive.is/AbC12',
    'https://perma.cc/ABC1-DEF2',
  ])('accepts %s', (url) => expect(isAcceptedArchiveUrl(url)).toBe(true));

  test.each([
    'http://web.archive.org/web/20260116093000/https://example.org/a',
    'https://web.archive.org/web/https://example.org/a',
    'https://web.archive.org/web/20260116093000/javascript:alert(1)',
    'https://web.archive.org/',
    'https://archive.ph/',
    'https://perma.cc',
    'https://archive.org.evil.example/web/20260116/https://example.org/',
    'https://user:pw@archive.ph/AbC12',
    'https://example.org/archive',
    'not a url',
  ])('refuses %s', (url) => expect(isAcceptedArchiveUrl(url)).toBe(false));
});
