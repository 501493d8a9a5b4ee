import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { AliasIndex } from './alias-matcher.ts';
import { checkUpdates } from './check-updates.ts';
import { report, type Place } from './report.ts';
import type { Marker } from './markers.ts';
import type { ArticleDraftFrontmatter } from './schema/article-frontmatter.ts';
import type { Claim, Selector } from './schema/entries.ts';
import { directiveSpans, plainTextOf, textBlocks, type TextBlock } from './text-blocks.ts';

/** The actors an article may refer to. */
export interface ActorRegistry {
  ids: ReadonlySet<string>;
  aliases: AliasIndex;
  /** Actors whose description is still to write (`Actor.toDescribe`). */
  undescribed?: ReadonlySet<string>;
}

/** Characters kept either side of a selector's exact text as its prefix and suffix (W3C TextQuoteSelector). */
const SELECTOR_AFFIX = 32;

/** Where a marker sits: its selector, its text block and the offset of its start inside that block. */
interface MarkerPlace {
  selector: Selector;
  paragraph: number;
  paragraphText: string;
  offset: number;
}

/**
 * What every step of the extraction reads from one article, and the checks they share, so no
 * step needs more than this one argument.
 */
export interface ParseState {
  tree: Root;
  file: VFile;
  frontmatter: ArticleDraftFrontmatter;
  /** The article's id (its file's stem). */
  article: string;
  /** Every well-formed marker, in reading order. */
  markers: readonly Marker[];
  blocks: TextBlock[];
  plainText: string;
  /** The source position of a frontmatter value, found only when a message needs it. */
  yamlAt(path: PropertyKey[]): Place;
  /** A marker's selector, block and offset. */
  locate(marker: Marker): MarkerPlace;
  /** Reports an actor id the registry does not know; `where` names the field for the message. */
  checkActor(id: string, where: string, place: Place): void;
  /** Reports the problems of an `updates` log at `path` (`[]` for the article's own). */
  checkLog(
    path: string[],
    updates: ArticleDraftFrontmatter['updates'],
    status?: Claim['status'],
  ): void;
}

/** What the extraction needs besides the tree and the file. */
export interface ParseStateOptions {
  frontmatter: ArticleDraftFrontmatter;
  article: string;
  registry: ActorRegistry;
  /** Today, `YYYY-MM-DD`, which no update may postdate. */
  today: string;
}

/**
 * The parse state of one article. The tree's text must be final (alias mentions already marked),
 * since every offset is computed from it.
 */
export function createParseState(
  tree: Root,
  file: VFile,
  markers: readonly Marker[],
  { frontmatter, article, registry, today }: ParseStateOptions,
): ParseState {
  const blocks = textBlocks(tree);
  const plainText = plainTextOf(blocks);
  const spans = directiveSpans(blocks);
  const yamlAt =
    (path: PropertyKey[]): Place =>
    () =>
      file.data.yaml ? file.data.location?.toPoint(file.data.yaml.offsetOf(path)) : undefined;
  const published = frontmatter.source.published;
  // An actor still to describe is named once, where the article first refers to it.
  const undescribed = new Set<string>();
  return {
    tree,
    file,
    frontmatter,
    article,
    markers,
    blocks,
    plainText,
    yamlAt,
    locate(marker) {
      const span = spans.get(marker.node);
      // Markers only occur in phrasing content, which always lies in a paragraph or heading.
      if (!span) throw new Error(`marker #${marker.id} lies outside every text block`);
      const { start, end, paragraph, offset } = span;
      return {
        selector: {
          exact: plainText.slice(start, end),
          prefix: plainText.slice(Math.max(0, start - SELECTOR_AFFIX), start),
          suffix: plainText.slice(end, end + SELECTOR_AFFIX),
          start,
          end,
        },
        paragraph,
        paragraphText: blocks[paragraph]?.text ?? '',
        offset,
      };
    },
    checkActor(id, where, place) {
      if (!registry.ids.has(id))
        report(
          file,
          `${where}: unknown actor "${id}"; add content/actors/${id}.md or use one of the known actor ids`,
          place,
          'unknown-actor',
        );
      else if (registry.undescribed?.has(id) && !undescribed.has(id)) {
        undescribed.add(id);
        report(
          file,
          `${where}: actor "${id}" is still to describe; replace the TODO in content/actors/${id}.md with a ` +
            'sentence saying who this is',
          place,
          'undescribed-actor',
        );
      }
    },
    checkLog(path, updates, status) {
      const context = {
        today,
        ...(published ? { published } : {}),
        ...(status ? { status } : {}),
      };
      for (const problem of checkUpdates(updates ?? [], context))
        report(
          file,
          `${[...path, 'updates', problem.index, problem.field].join('.')}: ${problem.message}`,
          yamlAt([...path, 'updates', problem.index, problem.field]),
          'updates',
        );
    },
  };
}

/**
 * A marker's inline fields laid over its frontmatter record: the one merge claims and events
 * share. A field given in both places is reported and the record's value kept (`clean` is then
 * false); inline values stay strings for the caller to check.
 *
 * @example
 *   // :claim[…]{#c status=false} with claims: { c: { type: factual } }
 *   mergeInline(state, marker, record).merged // { type: 'factual', status: 'false' }
 */
export function mergeInline(
  { file }: ParseState,
  marker: Marker,
  record: object | undefined,
): { merged: Record<string, unknown>; inline: string[]; clean: boolean } {
  const merged: Record<string, unknown> = { ...record };
  const inline: string[] = [];
  for (const [key, value] of Object.entries(marker.fields)) {
    if (merged[key] === undefined) {
      merged[key] = value;
      inline.push(key);
      continue;
    }
    report(
      file,
      `${marker.name} "${marker.id}": "${key}" is given both inline and in the frontmatter; keep one`,
      marker.node.position?.start,
      'both-inline-and-frontmatter',
    );
  }
  return { merged, inline, clean: inline.length === Object.keys(marker.fields).length };
}
