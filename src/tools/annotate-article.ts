import type { Root } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { isMap, isScalar, parseDocument, type Pair, type YAMLMap } from 'yaml';
import type { ActorRegistry } from '../analysis/parse-state.ts';
import { isValidId } from '../analysis/ids.ts';
import { isDirective } from '../analysis/markers.ts';
import { createArticleProcessor, parseArticle } from '../analysis/parse-article.ts';
import { formatMessages } from '../analysis/content-error.ts';
import { UNWRITTEN_RULES } from '../analysis/schema/assessment.ts';
import { stringifyMarkdown } from '../analysis/stringify-markdown.ts';
import { textBlocks } from '../analysis/text-blocks.ts';
import { frontmatterText, lineEnd, lineStart, rangeOf } from './yaml-text.ts';
import { AnnotationRefused } from './annotation-refused.ts';
import { editRecord, sharedSources, type RecordEdit } from './edit-record.ts';
import { insertRecords, type NewRecord } from './insert-records.ts';
import { SourceMap } from './source-map.ts';
import { mayEnterFor, spliceSpan } from './splice-span.ts';

/** Words selected on the article page: offsets into one text block's plain text. */
interface TextSelection {
  /** Index of the paragraph or heading, in reading order. */
  block: number;
  start: number;
  end: number;
  /** The selected words as the page showed them, to check the page is not out of date. */
  text: string;
}

export { AnnotationRefused };

/** What the Annotate app asks for. Field values of `null` in an edit's `changes` remove the field. */
export type AnnotationRequest =
  | {
      op: 'mark';
      kind: 'claim';
      selection: TextSelection;
      id: string;
      record: NewRecord['record'];
    }
  | {
      op: 'mark';
      kind: 'event';
      selection: TextSelection;
      id: string;
      record: NewRecord['record'];
    }
  | { op: 'mark'; kind: 'actor'; selection: TextSelection; ref: string }
  | ({ op: 'edit' } & RecordEdit)
  | { op: 'remove'; kind: 'claim' | 'event'; id: string };

/** The article as parsed for editing: its tree with source positions, blocks and YAML. */
interface Parsed {
  tree: Root;
  yaml: { text: string; start: number };
}

function parseForEdit(source: string, path: string, registry: ActorRegistry): Parsed {
  const tree = createArticleProcessor(registry).parse(new VFile({ path, value: source }));
  const fail = (message: string) => new AnnotationRefused(message);
  return { tree, yaml: frontmatterText(tree, source, path, fail) };
}

/**
 * Which sources of each record are written under an anchor other records reuse (see
 * `sharedSources`), for the form to offer no removal of those.
 */
export function articleSharedSources(source: string, path: string, registry: ActorRegistry) {
  return sharedSources(parseForEdit(source, path, registry).yaml.text);
}

/**
 * Applies one Annotate request to an article's source and returns the new source, checked with
 * the core: it must build with no problem and give back exactly the same plain text. Only the
 * marker and the record change; every other byte stays as it was.
 *
 * @example
 *   annotateArticle(source, 'content/articles/a.md', registry, {
 *     op: 'mark', kind: 'claim', id: 'ban', record: { type: 'factual', claimant: 'author', status: 'unverified' },
 *     selection: { block: 0, start: 0, end: 12, text: 'China banned' },
 *   })
 */
export function annotateArticle(
  source: string,
  path: string,
  registry: ActorRegistry,
  request: AnnotationRequest,
): string {
  const processor = createArticleProcessor(registry);
  // The assessment and findings are written last: editing goes on while they are missing.
  const before = parseArticle(processor, source, path, { allowUnwritten: true });
  if (!before.article)
    throw new AnnotationRefused(
      `Not saved: the article has problems to fix in the file first:\n${formatMessages([before.file])}`,
    );
  const parsed = parseForEdit(source, path, registry);
  let next: string;
  if (request.op === 'mark') {
    const taken = new Set([
      ...before.article.claims,
      ...before.article.events,
      ...before.article.retired.map((r) => r.id),
    ]);
    if (request.kind !== 'actor' && (!isValidId(request.id) || taken.has(request.id)))
      throw new AnnotationRefused(
        taken.has(request.id)
          ? `The id "${request.id}" is already used in this article; choose another.`
          : `"${request.id}" is not a valid id: use lower-case letters, digits and hyphens (2–63 characters).`,
      );
    next = mark(source, parsed, request);
  } else if (request.op === 'edit') {
    next = replaceYaml(source, parsed, editRecord(parsed.yaml.text, request));
  } else {
    next = removeMarker(source, parsed, request.kind, request.id);
  }

  const after = parseArticle(processor, next, path, { allowUnwritten: true });
  if (!after.article)
    throw new AnnotationRefused(
      `Not saved: the article would not build:\n${formatMessages([after.file])}`,
    );
  // The analyst's writing still to do may stay undone, but an edit may not undo it (drop a finding).
  const undone = newUnwritten(before.file, after.file);
  if (undone.length > 0)
    throw new AnnotationRefused(
      `Not saved: the article would not build:\n${undone.join('\n')}\nWrite it in the file first.`,
    );
  if (after.article.plainText !== before.article.plainText)
    throw new AnnotationRefused('Not saved: the text of the article would change.');
  return next;
}

/** The unwritten-analysis problems (`UNWRITTEN_RULES`) of `after` that `before` did not have. */
function newUnwritten(before: VFile, after: VFile): string[] {
  const unwritten = (file: VFile) =>
    file.messages.filter((m) => UNWRITTEN_RULES.has(m.ruleId ?? '')).map((m) => m.reason);
  const had = new Set(unwritten(before));
  return unwritten(after)
    .filter((reason) => !had.has(reason))
    .map((reason) => `${after.path}: ${reason}`);
}

/** `:name[` and `]{…}` for a directive, written by the core's serialiser. */
function directiveParts(name: string, attributes: Record<string, string>): [string, string] {
  const markdown = stringifyMarkdown({
    type: 'root',
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'textDirective', name, attributes, children: [{ type: 'text', value: 'x' }] },
        ],
      },
    ],
  }).trimEnd();
  const at = markdown.indexOf('[x]');
  return [markdown.slice(0, at + 1), markdown.slice(at + 2)];
}

function mark(
  source: string,
  parsed: Parsed,
  request: Extract<AnnotationRequest, { op: 'mark' }>,
): string {
  const { selection } = request;
  const blocks = textBlocks(parsed.tree);
  const block = blocks[selection.block];
  if (selection.text.includes('\n') || (block && selection.end > block.text.length))
    throw new AnnotationRefused(
      'The selection runs across paragraphs; a marker stays within one paragraph. Select words in one paragraph.',
    );
  const words = block?.text.slice(selection.start, selection.end);
  if (!block || words !== selection.text)
    throw new AnnotationRefused(
      'These words are not where the page shows them: the file changed since the page loaded. Reload the page ' +
        'and select again.',
    );
  if (words.trim() === '') throw new AnnotationRefused('Select some words first.');
  const map = new SourceMap(blocks, source);
  const span = spliceSpan(
    block.node,
    block.start,
    block.start + selection.start,
    block.start + selection.end,
    map,
    mayEnterFor(request.kind),
  );
  if (!span)
    throw new AnnotationRefused(
      request.kind === 'claim'
        ? 'The selection crosses the edge of another marker, a link or emphasis, or lies inside another claim ' +
            '(claims do not nest). Select whole words that start and end outside other markers.'
        : 'The selection crosses the edge of another marker, a link or emphasis. Select whole words that start ' +
            'and end outside other markers, or inside one.',
    );
  const attributes: Record<string, string> =
    request.kind === 'actor' ? { ref: request.ref } : { id: request.id };
  const [open, close] = directiveParts(request.kind, attributes);
  const body =
    source.slice(0, span[0]) +
    open +
    source.slice(span[0], span[1]) +
    close +
    source.slice(span[1]);
  if (request.kind === 'actor') return body;
  // The YAML sits before the body, so its offsets still hold after the body's insertion.
  const yaml = insertRecords(parsed.yaml.text, [
    { key: `${request.kind}s`, id: request.id, record: request.record },
  ]);
  return replaceYaml(body, parsed, yaml);
}

function replaceYaml(source: string, parsed: Parsed, yaml: string): string {
  const { start, text } = parsed.yaml;
  // New lines end as the file's lines do, so a CRLF file does not get mixed endings.
  const ended = text.includes('\r\n') ? yaml.replace(/\r?\n/g, '\r\n') : yaml;
  return source.slice(0, start) + ended + source.slice(start + text.length);
}

/** The source with a marker unwrapped (its words kept) and its record removed. */
function removeMarker(source: string, parsed: Parsed, kind: 'claim' | 'event', id: string): string {
  let found: TextDirective | undefined;
  visit(parsed.tree, (node) => {
    if (isDirective(node, kind) && node.attributes?.['id'] === id) found = node;
  });
  const start = found?.position?.start.offset;
  const end = found?.position?.end.offset;
  if (!found || start === undefined || end === undefined)
    throw new AnnotationRefused(`There is no ${kind} marker "${id}" in the file; reload the page.`);
  const first = found.children[0]?.position?.start.offset;
  const last = found.children.at(-1)?.position?.end.offset;
  const words = first === undefined || last === undefined ? '' : source.slice(first, last);
  const body = source.slice(0, start) + words + source.slice(end);

  const yaml = parsed.yaml.text;
  const doc = parseDocument(yaml);
  const section = doc.get(`${kind}s`, true);
  if (!isMap(section)) return body;
  const pair = (section.items as Pair[]).find(
    (item) => isScalar(item.key) && item.key.value === id,
  );
  if (!pair || !isScalar(pair.key) || !pair.key.range) return body;
  let next: string;
  if (section.flow || section.items.length === 1) {
    // The last record: the section becomes an empty map, as `npm run new` writes it.
    const sectionPair = (doc.contents as YAMLMap).items.find(
      (item) => isScalar(item.key) && item.key.value === `${kind}s`,
    ) as Pair | undefined;
    const keyRange = isScalar(sectionPair?.key) ? sectionPair.key.range : undefined;
    if (!keyRange || !section.range) return body;
    const from = lineStart(yaml, keyRange[0]);
    next = `${yaml.slice(0, from)}${kind}s: {}\n${yaml.slice(lineEnd(yaml, section.range[1]))}`;
  } else {
    const range = rangeOf(pair.value);
    const to = lineEnd(yaml, range ? range[1] : pair.key.range[1]);
    next = yaml.slice(0, lineStart(yaml, pair.key.range[0])) + yaml.slice(to);
  }
  return replaceYaml(body, parsed, next);
}
