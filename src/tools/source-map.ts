import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TextBlock } from '../analysis/text-blocks.ts';

/** Source offsets `[start, end)` of one plain-text character. */
type CharSpan = readonly [number, number];

/**
 * Maps offsets of an article's plain text back to offsets in its Markdown source, through the
 * positions remark gives every node. Escapes (`\:`) and character references (`&#x20;`) are
 * aligned so a span starts before its escape.
 */
export class SourceMap {
  readonly #blocks: { block: TextBlock; chars: CharSpan[] }[];

  constructor(blocks: readonly TextBlock[], source: string) {
    this.#blocks = blocks.map((block) => ({ block, chars: charSpans(block.node, source) }));
  }

  /** Source offset where the plain-text character at `offset` starts. */
  start(offset: number): number {
    const { block, chars } = this.#find(offset);
    const k = offset - block.start;
    return chars[k]?.[0] ?? chars.at(-1)?.[1] ?? block.node.position?.end.offset ?? 0;
  }

  /** Source offset just after the plain-text character before `offset`. */
  end(offset: number): number {
    const { block, chars } = this.#find(offset - 1);
    const k = offset - block.start;
    return chars[k - 1]?.[1] ?? block.node.position?.start.offset ?? 0;
  }

  #find(offset: number) {
    const found = this.#blocks.findLast(({ block }) => block.start <= offset) ?? this.#blocks[0];
    if (!found) throw new Error('the article has no text blocks');
    return found;
  }
}

/** One span per character of `toString(node)`, in order. */
function charSpans(node: Nodes, source: string): CharSpan[] {
  if ('children' in node) return node.children.flatMap((child) => charSpans(child, source));
  const text = toString(node);
  const start = node.position?.start.offset ?? 0;
  const end = node.position?.end.offset ?? start;
  if (node.type !== 'text')
    return [...text].flatMap((char) => Array.from(char, () => [start, end] as const));
  return alignText(text, source, start, end);
}

/** Aligns a text node's value with its source slice, skipping what the parser dropped. */
function alignText(value: string, source: string, from: number, to: number): CharSpan[] {
  const spans: CharSpan[] = [];
  let i = from;
  let j = 0;
  while (j < value.length && i < to) {
    const reference =
      source[i] === '&'
        ? /^&(?:#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);/.exec(source.slice(i, i + 40))
        : null;
    if (source[i] === value[j]) {
      spans.push([i, i + 1]);
      i += 1;
      j += 1;
    } else if (source[i] === '\\' && source[i + 1] === value[j]) {
      spans.push([i, i + 2]);
      i += 2;
      j += 1;
    } else if (reference) {
      // A reference decodes to one character, or two UTF-16 units for an astral one.
      const units = (value.codePointAt(j) ?? 0) > 0xffff ? 2 : 1;
      for (let u = 0; u < units; u += 1) spans.push([i, i + reference[0].length]);
      i += reference[0].length;
      j += units;
    } else {
      // Source the value does not hold: indentation of a continuation line, and the like.
      i += 1;
    }
  }
  while (spans.length < value.length) spans.push([to, to]);
  return spans;
}
