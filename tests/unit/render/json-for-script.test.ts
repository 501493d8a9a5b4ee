import { expect, test } from 'vitest';
import { jsonForScript } from '../../../src/render/json-for-script.ts';

test.each([
  '</script><script>alert(1)</script>',
  '<!-- comment',
  'a & b > c',
  'line\u2028separator\u2029',
  '"quotes" and \\ backslashes',
])('no text can close the script element, and %j parses back unchanged', (text) => {
  const json = jsonForScript({ text });
  expect(json).not.toMatch(/<|>|&/);
  expect(JSON.parse(json)).toEqual({ text });
});
