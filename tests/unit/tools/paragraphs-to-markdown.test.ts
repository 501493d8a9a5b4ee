import fc from 'fast-check';
import remarkDirective from 'remark-directive';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, test } from 'vitest';
import { textBlocks } from '../../../src/analysis/text-blocks.ts';
import { paragraphsToMarkdown } from '../../../src/tools/paragraphs-to-markdown.ts';

const parser = unified().use(remarkParse).use(remarkDirective);
/** What the site reads back: the text of each block, as the parser computes it. */
const readBack = (markdown: string) =>
  textBlocks(parser.parse(markdown)).map((block) => block.text);

describe('paragraphsToMarkdown', () => {
  test.each([
    ['a leading hash', '# not a heading'],
    ['a leading quote mark', '> not a quote'],
    ['a list marker', '- not a list'],
    ['a plus list marker', '+ not a list'],
    ['an ordered list marker', '1. not a list'],
    ['a year that looks like a list marker', '1999. A year to remember'],
    ['raw HTML', '<b>not bold</b> and <script>x</script>'],
    ['emphasis and links', '*not em* and _x_ [link](https://example.org) `code`'],
    ['a directive-like colon', 'Note:claim[x]{#y} and Japan:India'],
    ['a quoted colon', 'India has assured Japan: "What you want, I have."'],
    ['leading and trailing spaces', '   indented  '],
    ['a thematic break', '***'],
    ['a setext underline', '==='],
    ['a character reference', 'a &amp; b &#x20;'],
    ['a table row', '| a | b |'],
    ['a backslash', 'C:\\path\\to'],
  ])('keeps %s as text', (_name, paragraph) => {
    expect(readBack(paragraphsToMarkdown(['Title', paragraph]))).toEqual(['Title', paragraph]);
  });

  test('escapes a colon before a letter as \\: so it cannot start a directive', () => {
    expect(paragraphsToMarkdown(['x :event[y]'])).toContain('\\:event');
  });

  test.each([
    ['any characters', fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 })],
    [
      'Markdown punctuation',
      fc.string({
        unit: fc.constantFrom(...'#>-*_[](){}:<`\\&;1.!|~=+"\' \tax'),
        minLength: 1,
        maxLength: 30,
      }),
    ],
  ])('single-line paragraphs of %s read back unchanged', (_name, text) => {
    const line = text.filter((s) => !/[\n\r]/.test(s) && s.trim() !== '');
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        expect(readBack(paragraphsToMarkdown(paragraphs))).toEqual(paragraphs);
      }),
      { numRuns: 300 },
    );
  });
});
