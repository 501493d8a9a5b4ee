import { describe, expect, test } from 'vitest';
import { printable } from '../../../src/tools/printable.ts';

describe('printable', () => {
  test('drops escape sequences, C1 controls and carriage returns, keeping line feeds and tabs', () => {
    expect(printable('a\u001b[2J\u001b]0;title\u0007b\u009b31mc\rd\te\nf')).toBe(
      'a[2J]0;titleb31mcd\te\nf',
    );
  });

  test('leaves every other letter as it is', () => {
    expect(printable('https://example.org/稀土?q=«»–🙂')).toBe('https://example.org/稀土?q=«»–🙂');
  });
});
