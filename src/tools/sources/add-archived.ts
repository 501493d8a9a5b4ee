import {
  type Document,
  isAlias,
  isMap,
  isPair,
  isScalar,
  isSeq,
  parseDocument,
  stringify,
  visit,
  type YAMLMap,
} from 'yaml';
import { VFile } from 'vfile';
import { createArticleProcessor } from '../../analysis/parse-article.ts';
import type { Archived } from '../../analysis/schema/common.ts';
import { ToolError } from '../tool-error.ts';
import { frontmatterText } from '../yaml-text.ts';

/** No actors are needed to find the frontmatter: only the parse step runs. */
const frontmatterParser = createArticleProcessor({ ids: new Set(), aliases: new Map() });

/**
 * The article with `archived: { url, date }` added to every source whose `url` is `url` and which
 * has no `archived` yet, and how many sources got it. The lines are inserted as text at the
 * places the `yaml` parser reports, so every other byte (the text, comments, quoting, anchors)
 * stays as it was. A source shared through a YAML anchor is written once, where it is defined.
 *
 * @example
 *   addArchived(source, 'content/articles/ban.md', 'https://example.org/a',
 *     { url: 'https://web.archive.org/web/20261130101500/https://example.org/a', date: '2026-11-30' })
 *   // { source: '…    archived:\n      url: https://web.archive.org/…\n      date: 2026-11-30\n…', added: 1 }
 */
export function addArchived(
  source: string,
  path: string,
  url: string,
  archived: Archived,
): { source: string; added: number } {
  const tree = frontmatterParser.parse(new VFile({ path, value: source }));
  const yaml = frontmatterText(tree, source, path, (message) => new ToolError(message));
  const doc = parseDocument(yaml.text);
  if (doc.errors.length > 0)
    throw new ToolError(`${path}: ${doc.errors[0]?.message ?? 'bad YAML'}`);
  const edits = sourceMaps(doc, url)
    .filter((map) => !map.has('archived'))
    .map((map) => insertion(yaml.text, map, archived));
  let text = yaml.text;
  // New lines end as the file's lines do, so a CRLF file does not get mixed endings.
  const eol = yaml.text.includes('\r\n') ? '\r\n' : '\n';
  for (const edit of edits.sort((a, b) => b.at - a.at))
    text = text.slice(0, edit.at) + edit.insert.replaceAll('\n', eol) + text.slice(edit.at);
  // The insertion is checked, not trusted: a comment inside a flow map, say, would swallow it.
  const written = sourceMaps(parseDocument(text), url).filter(
    (map) => isMap(map.get('archived')) && map.getIn(['archived', 'url']) === archived.url,
  );
  if (edits.length > 0 && written.length < edits.length)
    throw new ToolError(
      `${path}: the archived copy of ${url} could not be added as plain lines (is there a comment ` +
        `inside its braces?); add it by hand: archived: { url: ${archived.url}, date: ${archived.date} }`,
    );
  const next = source.slice(0, yaml.start) + text + source.slice(yaml.start + yaml.text.length);
  return { source: next, added: edits.length };
}

/** The source maps of a document whose `url` is `url`, wherever a `sources:` list holds them. */
function sourceMaps(doc: Document, url: string): YAMLMap[] {
  const maps: YAMLMap[] = [];
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key) || pair.key.value !== 'sources' || !isSeq(pair.value)) return;
      for (const item of pair.value.items)
        // An alias stands for a source defined elsewhere: that definition gets the copy.
        if (!isAlias(item) && isMap(item) && item.get('url') === url) maps.push(item);
    },
  });
  return maps;
}

/** The text that adds `archived` to one source map, and where it goes. */
function insertion(text: string, map: YAMLMap, archived: Archived): { at: number; insert: string } {
  const value = { archived: { url: archived.url, date: archived.date } };
  const [start, end] = map.range ?? [0, 0];
  if (map.flow) {
    // `{ url: …, title: … }`: the new pair goes before the closing brace.
    const close = text.lastIndexOf('}', end);
    const pair = stringify(value.archived, { collectionStyle: 'flow', lineWidth: 0 }).trim();
    let at = close;
    while (at > start && /\s/u.test(text[at - 1] ?? '')) at--;
    return { at, insert: `, archived: ${pair}` };
  }
  const firstKey = map.items.find(isPair)?.key;
  const keyAt = isScalar(firstKey) && firstKey.range ? firstKey.range[0] : start;
  const indent = ' '.repeat(keyAt - (text.lastIndexOf('\n', keyAt - 1) + 1));
  let at = end;
  if (text[at - 1] !== '\n')
    at = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at) + 1;
  const block = stringify(value, { lineWidth: 0 })
    .split('\n')
    .map((line) => (line === '' ? line : indent + line))
    .join('\n');
  return { at, insert: block };
}
