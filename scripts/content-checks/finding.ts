import { existsSync, readFileSync } from 'node:fs';
import { location } from 'vfile-location';
import type { Corpus } from '../../src/analysis/load-corpus.ts';

/** Something in the content that no longer holds, and where an analyst looks for it. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  what: string;
}

/** A content folder, parsed, as every check reads it. */
export interface CheckedContent {
  dir: string;
  corpus: Corpus;
}

/** One rule the content keeps, named for the heading of its findings. */
export type ContentCheck = (content: CheckedContent) => Finding[];

/**
 * A finding at the first place `needle` occurs in `file`. Text the Markdown interrupts with a
 * marker is looked for by ever fewer of its first words; when nothing is found the finding is at
 * 1:1, since the file is still the one to open.
 */
export function findingAt(file: string, needle: string, what: string): Finding {
  if (!existsSync(file)) return { file, line: 1, column: 1, what };
  const source = readFileSync(file, 'utf8');
  const words = needle.split(' ');
  let at = -1;
  for (let count = words.length; at === -1 && count > 0 && needle !== ''; count--)
    at = source.indexOf(words.slice(0, count).join(' '));
  const point = at === -1 ? undefined : location(source).toPoint(at);
  return { file, line: point?.line ?? 1, column: point?.column ?? 1, what };
}

/** `file:line:column: the content changed: what`, as the build's own errors read. */
export const formatFinding = ({ file, line, column, what }: Finding): string =>
  `${file}:${line}:${column}: the content changed: ${what}`;

/** Where an article and its original text are kept in a content folder. */
export const articleFile = (dir: string, slug: string): string => `${dir}/articles/${slug}.md`;
export const originalFile = (dir: string, slug: string): string => `${dir}/originals/${slug}.txt`;
