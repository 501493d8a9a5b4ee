import { isMap, isScalar, parseDocument, stringify } from 'yaml';
import type { ClaimFrontmatter, EventFrontmatter } from '../analysis/schema/article-frontmatter.ts';

/** A frontmatter record to add under `claims:` or `events:`. */
export interface NewRecord {
  key: 'claims' | 'events';
  id: string;
  /** Checked by the core when the article is parsed again (a form's values are still text). */
  record: ClaimFrontmatter | EventFrontmatter | Readonly<Record<string, unknown>>;
}

/**
 * The YAML with the records added under `claims:` and `events:`, as text insertions at the
 * ranges `yaml` reports, so nothing the analyst wrote is re-serialised (comments, quoting and
 * flow style stay byte for byte). A non-empty flow map (`claims: {a: …}`) is the one case
 * rewritten through the document API.
 *
 * @example
 *   insertRecords('title: T\nclaims: {}\n', [{ key: 'claims', id: 'c1', record: { type: 'factual' } }])
 *   // 'title: T\nclaims:\n  c1:\n    type: factual\n'
 */
export function insertRecords(yaml: string, chosen: readonly NewRecord[]): string {
  const text = yaml === '' || yaml.endsWith('\n') ? yaml : `${yaml}\n`;
  const doc = parseDocument(text);
  const root = doc.contents;
  if (!isMap(root)) return text;
  const edits: { from: number; to: number; insert: string }[] = [];
  for (const key of ['claims', 'events'] as const) {
    const records = chosen.filter((m) => m.key === key);
    if (records.length === 0) continue;
    const entries = stringify(Object.fromEntries(records.map((m) => [m.id, m.record])), {
      lineWidth: 0,
      flowCollectionPadding: false,
    });
    const pair = root.items.find((item) => isScalar(item.key) && item.key.value === key);
    const value = pair?.value;
    if (!pair || !isScalar(pair.key) || !pair.key.range) {
      edits.push({
        from: text.length,
        to: text.length,
        insert: `${key}:\n${indent(entries, '  ')}`,
      });
    } else if (isMap(value) && !value.flow && value.items.length > 0 && value.range) {
      const first = value.items[0]?.key;
      const firstAt = isScalar(first) && first.range ? first.range[0] : value.range[0];
      const column = firstAt - (text.lastIndexOf('\n', firstAt - 1) + 1);
      let at = value.range[1];
      if (text[at - 1] !== '\n')
        at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
      edits.push({ from: at, to: at, insert: indent(entries, ' '.repeat(column)) });
    } else if (
      value === null ||
      (isScalar(value) && value.value === null) ||
      (isMap(value) && value.items.length === 0)
    ) {
      // `claims:` or `claims: {}`: the value becomes a block map.
      const from = text.indexOf(':', pair.key.range[1]) + 1;
      const to = isMap(value) && value.range ? value.range[1] : from;
      edits.push({ from, to, insert: `\n${indent(entries, '  ').replace(/\n$/, '')}` });
    } else {
      for (const marker of records) doc.setIn([key, marker.id], doc.createNode(marker.record));
      return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
    }
  }
  let result = text;
  for (const edit of edits.sort((a, b) => b.from - a.from))
    result = result.slice(0, edit.from) + edit.insert + result.slice(edit.to);
  return result;
}

const indent = (block: string, prefix: string): string =>
  block
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
