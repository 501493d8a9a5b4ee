import {
  isAlias,
  isMap,
  isNode,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  stringify,
  visit,
  type Document,
  type Node,
  type Pair,
  type YAMLMap,
  type YAMLSeq,
} from 'yaml';
import { AnnotationRefused } from './annotation-refused.ts';
import { lineEnd, lineStart, rangeOf } from './yaml-text.ts';

/** A source as the Annotate form adds it; the core checks every field when the article is parsed. */
export interface SourceInput {
  url: string;
  title: string;
  publisher: string;
  date: string;
  quote?: string | undefined;
}

/** Sources to drop (by place in the list, with the URL the page showed there) and to add. */
export interface SourcesEdit {
  remove?: { index: number; url: string }[] | undefined;
  add?: SourceInput[] | undefined;
}

/** Field values: `null` (or an empty string or list) removes the field. */
type FieldChanges = Partial<Record<string, string | string[] | null>>;

/** A change to one claim's or event's record in the frontmatter. */
export interface RecordEdit {
  kind: 'claim' | 'event';
  id: string;
  changes: FieldChanges;
  /** A claim's `sources`. */
  sources?: SourcesEdit | undefined;
  /** An event's documented record: its fields and sources, or `null` to remove it. */
  documented?:
    { changes?: FieldChanges | undefined; sources?: SourcesEdit | undefined } | null | undefined;
}

/** Per source of a record: the anchor it is written under and reused by elsewhere, if any. */
export interface SharedSources {
  sources: (string | null)[];
  documented: (string | null)[];
}

interface Edit {
  from: number;
  to: number;
  insert: string;
}

/** The line of a block list item's `-`, which sits above the item's first field when it has an anchor. */
function dashLine(text: string, at: number): number {
  const isDash = (line: number) => /^[ \t]*-(\s|$)/.test(text.slice(line, line + 200));
  let line = lineStart(text, at);
  while (line > 0 && !isDash(line)) {
    line = lineStart(text, line - 1);
  }
  return line;
}

/** A value as YAML on one line: plain when it can be, else quoted. */
function yamlValue(value: string | string[]): string {
  if (Array.isArray(value)) return `[${value.map(yamlValue).join(', ')}]`;
  return stringify(value, {
    lineWidth: 0,
    ...(/[\n\r]/.test(value) ? { defaultStringType: 'QUOTE_DOUBLE' as const } : {}),
  }).trimEnd();
}

/** Block list items for new sources, each line prefixed with `indent`. */
function sourceItems(sources: readonly SourceInput[], indent: string): string {
  if (sources.some((s) => [s.url, s.title, s.publisher, s.date].some((field) => !field?.trim())))
    throw new AnnotationRefused(
      'A new source needs its URL, title, publisher and date published; fill in all four.',
    );
  const clean = sources.map(({ quote, ...rest }) =>
    quote?.trim() ? { ...rest, quote: quote.trim() } : rest,
  );
  return stringify(clean, { lineWidth: 0 })
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

const findPair = (map: YAMLMap, key: string) =>
  (map.items as Pair[]).find((item) => isScalar(item.key) && item.key.value === key);

/** A record map's layout: the indent of its fields and where a new field goes. */
function layout(text: string, map: YAMLMap): { indent: string; appendAt: number } {
  const first = map.items[0]?.key;
  const keyAt = isScalar(first) && first.range ? first.range[0] : (map.range?.[0] ?? 0);
  return {
    indent: ' '.repeat(keyAt - lineStart(text, keyAt)),
    appendAt: lineEnd(text, map.range?.[1] ?? text.length),
  };
}

/** How many times each anchor is used through an alias. */
function aliasCounts(doc: Document): Map<string, number> {
  const counts = new Map<string, number>();
  visit(doc, {
    Alias(_, node) {
      counts.set(node.source, (counts.get(node.source) ?? 0) + 1);
    },
  });
  return counts;
}

/** The anchor a node is written under, when other places reuse it. */
const sharedAnchor = (node: unknown, counts: Map<string, number>): string | null => {
  const anchor = (node as { anchor?: string } | null)?.anchor;
  return anchor && (counts.get(anchor) ?? 0) > 0 ? anchor : null;
};

/** A `>` or `|` scalar: a note written over several lines. */
const isBlockScalar = (node: unknown): node is Scalar =>
  isScalar(node) && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL');

/**
 * A block scalar's pair written again with a new value in the same style (`>` folds, `|` keeps
 * lines), the same chomping (`>-` or `>`) and about as wide as the lines it replaces.
 */
function blockPair(
  text: string,
  from: number,
  to: number,
  indent: string,
  field: string,
  node: Scalar,
  value: string,
): string {
  const kept = String(node.value).endsWith('\n') && !value.endsWith('\n') ? `${value}\n` : value;
  const scalar = new Scalar(kept);
  if (node.type) scalar.type = node.type;
  const widest = Math.max(
    ...text
      .slice(from, to)
      .split('\n')
      .map((line) => line.length),
  );
  const lineWidth = Math.max(40, widest - indent.length);
  return stringify({ [field]: scalar }, { lineWidth })
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
}

/** The lines that rewrite changed fields of one record map, each on its own line. */
function fieldEdits(text: string, map: YAMLMap, changes: FieldChanges): Edit[] {
  const { indent, appendAt } = layout(text, map);
  const edits: Edit[] = [];
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const existing = findPair(map, field);
    const remove = value === null || value === '' || (Array.isArray(value) && value.length === 0);
    if (existing && isScalar(existing.key) && existing.key.range) {
      const node = existing.value;
      const range = rangeOf(node);
      const from = lineStart(text, existing.key.range[0]);
      const end = lineEnd(text, range ? range[1] : existing.key.range[1]);
      if (remove) edits.push({ from, to: end, insert: '' });
      else if (isBlockScalar(node) && typeof value === 'string')
        edits.push({
          from,
          to: end,
          insert: blockPair(text, from, end, indent, field, node, value),
        });
      else if (range && (isScalar(node) || (isSeq(node) && node.flow)))
        edits.push({ from: range[0], to: range[1], insert: yamlValue(value) });
      // A block list or map: the whole pair is written again, on one line.
      else edits.push({ from, to: end, insert: `${indent}${field}: ${yamlValue(value)}\n` });
    } else if (!remove) {
      edits.push({
        from: appendAt,
        to: appendAt,
        insert: `${indent}${field}: ${yamlValue(value)}\n`,
      });
    }
  }
  return edits;
}

/**
 * The edits that drop and add sources in a record's `sources:` list. Kept items keep their
 * bytes (an alias stays `*kyodo`); a source written once under an anchor and reused elsewhere
 * is refused, since removing it would break the other uses.
 */
function sourcesEdits(
  text: string,
  doc: Document,
  map: YAMLMap,
  edit: SourcesEdit,
  label: string,
): Edit[] {
  const removals = edit.remove ?? [];
  const additions = edit.add ?? [];
  if (removals.length === 0 && additions.length === 0) return [];
  const { indent, appendAt } = layout(text, map);
  const pair = findPair(map, 'sources');
  if (!pair) {
    if (removals.length > 0) throw stale(label);
    return [
      {
        from: appendAt,
        to: appendAt,
        insert: `${indent}sources:\n${sourceItems(additions, `${indent}  `)}`,
      },
    ];
  }
  const list = pair.value;
  if (!isSeq(list) || !isScalar(pair.key) || !pair.key.range || !list.range)
    throw new AnnotationRefused(`The sources of ${label} are not a list; edit them in the file.`);
  const counts = aliasCounts(doc);
  const removed = new Set<number>();
  for (const { index, url } of removals) {
    const item = (list as YAMLSeq<Node>).items[index];
    const resolved = isAlias(item) ? item.resolve(doc) : item;
    if (!isMap(resolved) || resolved.get('url') !== url) throw stale(label);
    const anchor = sharedAnchor(item, counts);
    if (anchor)
      throw new AnnotationRefused(
        `The source "${String(resolved.get('title'))}" of ${label} is written here once as &${anchor} and ` +
          `used again elsewhere as *${anchor}; remove it in the file, moving &${anchor} to another of its uses.`,
      );
    removed.add(index);
  }
  const items = list.items as Node[];
  const kept = items.filter((_, index) => !removed.has(index));
  const pairFrom = lineStart(text, pair.key.range[0]);
  const pairTo = lineEnd(text, list.range[1]);
  if (kept.length === 0 && additions.length === 0)
    return [{ from: pairFrom, to: pairTo, insert: '' }];
  const slice = (node: Node) => {
    const range = rangeOf(node);
    return range ? text.slice(range[0], range[1]).trimEnd() : '';
  };
  if (list.flow) {
    if (additions.length === 0)
      return [
        { from: list.range[0], to: list.range[1], insert: `[${kept.map(slice).join(', ')}]` },
      ];
    // A one-line list of aliases takes a new source as a block list: its items are kept as written.
    const inner = `${indent}  `;
    const rewritten =
      `${indent}sources:\n` +
      kept.map((node) => `${inner}- ${slice(node)}\n`).join('') +
      sourceItems(additions, inner);
    return [{ from: pairFrom, to: pairTo, insert: rewritten }];
  }
  const edits: Edit[] = [];
  for (const index of removed) {
    const range = rangeOf(items[index]);
    if (range)
      edits.push({ from: dashLine(text, range[0]), to: lineEnd(text, range[1]), insert: '' });
  }
  if (additions.length > 0) {
    const firstRange = rangeOf(items[0]);
    const dash = firstRange ? dashLine(text, firstRange[0]) : pairFrom;
    const itemIndent = firstRange ? text.slice(dash, text.indexOf('-', dash)) : `${indent}  `;
    edits.push({ from: pairTo, to: pairTo, insert: sourceItems(additions, itemIndent) });
  }
  return edits;
}

const stale = (label: string) =>
  new AnnotationRefused(
    `The sources of ${label} changed since the page loaded; reload the page and edit them again.`,
  );

/** The record of `id` under `claims:` or `events:`, or a refusal saying why it cannot be edited here. */
function recordMap(doc: Document, kind: 'claim' | 'event', id: string): YAMLMap {
  const section = doc.get(`${kind}s`, true);
  const pair = isMap(section) ? findPair(section as YAMLMap, id) : undefined;
  if (!pair)
    throw new AnnotationRefused(
      `"${id}" has no record under ${kind}s: in the frontmatter (its fields are written inline in the marker); ` +
        'edit it in the file.',
    );
  const record = pair.value;
  if (!isMap(record) || record.flow || !record.range)
    throw new AnnotationRefused(
      `The record of "${id}" is not a block of fields (it is written on one line); edit it in the file.`,
    );
  return record;
}

/** The edits to an event's documented record: its fields, its sources, or the whole of it. */
function documentedEdits(
  text: string,
  doc: Document,
  record: YAMLMap,
  id: string,
  documented: NonNullable<RecordEdit['documented']> | null,
): Edit[] {
  const pair = findPair(record, 'documented');
  const label = `the documented date of "${id}"`;
  const value = pair?.value;
  if (documented === null) {
    if (!pair || !isScalar(pair.key) || !pair.key.range) return [];
    const counts = aliasCounts(doc);
    let anchor: string | null = null;
    if (isNode(value))
      visit(value, {
        Node(_, node) {
          anchor ??= sharedAnchor(node, counts);
        },
      });
    if (anchor)
      throw new AnnotationRefused(
        `${label} holds a source written once as &${anchor} and used again elsewhere; remove it in the file, ` +
          `moving &${anchor} to another of its uses.`,
      );
    const range = rangeOf(value);
    return [
      {
        from: lineStart(text, pair.key.range[0]),
        to: lineEnd(text, range ? range[1] : pair.key.range[1]),
        insert: '',
      },
    ];
  }
  if (!pair) {
    const fields = Object.entries(documented.changes ?? {}).filter(
      (entry): entry is [string, string | string[]] =>
        entry[1] !== null &&
        entry[1] !== undefined &&
        entry[1] !== '' &&
        !(Array.isArray(entry[1]) && entry[1].length === 0),
    );
    if (fields.length === 0 && !documented.sources?.add?.length) return [];
    const { indent, appendAt } = layout(text, record);
    const inner = `${indent}  `;
    const insert =
      `${indent}documented:\n` +
      fields.map(([field, v]) => `${inner}${field}: ${yamlValue(v)}\n`).join('') +
      (documented.sources?.add?.length
        ? `${inner}sources:\n${sourceItems(documented.sources.add, `${inner}  `)}`
        : '');
    return [{ from: appendAt, to: appendAt, insert }];
  }
  if (!isMap(value) || value.flow)
    throw new AnnotationRefused(`${label} is written on one line; edit it in the file.`);
  return [
    ...fieldEdits(text, value, documented.changes ?? {}),
    ...sourcesEdits(text, doc, value, documented.sources ?? {}, label),
  ];
}

/**
 * The frontmatter YAML with one record edited: only the changed fields' lines are written again,
 * and sources are dropped or added item by item, so `git diff` shows exactly the edit.
 *
 * @example
 *   editRecord(yaml, { kind: 'claim', id: 'ban', changes: { status: 'supported' } })
 */
export function editRecord(yaml: string, edit: RecordEdit): string {
  const doc = parseDocument(yaml);
  const record = recordMap(doc, edit.kind, edit.id);
  const edits = [
    ...fieldEdits(yaml, record, edit.changes),
    ...sourcesEdits(yaml, doc, record, edit.sources ?? {}, `"${edit.id}"`),
    ...(edit.documented === undefined
      ? []
      : documentedEdits(yaml, doc, record, edit.id, edit.documented)),
  ];
  // Insertions at one place keep the order they were made in.
  const ordered = edits.map((e, order) => ({ ...e, order }));
  ordered.sort((a, b) => b.from - a.from || b.order - a.order);
  let result = yaml;
  for (const e of ordered) result = result.slice(0, e.from) + e.insert + result.slice(e.to);
  return result;
}

/**
 * For each claim and event, which of its sources (and its documented record's) are written under
 * an anchor that other places reuse: the form offers no removal for those.
 *
 * @example
 *   sharedSources(yaml).claims['ban']?.sources // ['kyodo', null]
 */
export function sharedSources(
  yaml: string,
): Record<'claims' | 'events', Record<string, SharedSources>> {
  const doc = parseDocument(yaml);
  const counts = aliasCounts(doc);
  const result: Record<'claims' | 'events', Record<string, SharedSources>> = {
    claims: {},
    events: {},
  };
  const anchors = (map: unknown) => {
    const list = isMap(map) ? map.get('sources', true) : undefined;
    return isSeq(list) ? list.items.map((item) => sharedAnchor(item, counts)) : [];
  };
  for (const key of ['claims', 'events'] as const) {
    const section = doc.get(key, true);
    if (!isMap(section)) continue;
    for (const pair of section.items as Pair[]) {
      if (!isScalar(pair.key)) continue;
      const documented = isMap(pair.value) ? pair.value.get('documented', true) : undefined;
      result[key][String(pair.key.value)] = {
        sources: anchors(pair.value),
        documented: anchors(documented),
      };
    }
  }
  return result;
}
