import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { markAliases } from './alias-matcher.ts';
import { createParseState, type ParseState, type ParseStateOptions } from './parse-state.ts';
import { buildClaims } from './build-claims.ts';
import { buildEvents } from './build-events.ts';
import { buildDay } from './check-updates.ts';
import { report } from './report.ts';
import { collectMarkers } from './markers.ts';
import type { ArticleEvent, Claim, Mention } from './schema/entries.ts';
import { VERDICT_STATUSES } from './schema/vocabulary.ts';
import type { TextBlock } from './text-blocks.ts';

/** What one article yields. Claims carry their note as Markdown; rendering is a later step. */
export interface Annotations {
  claims: Claim[];
  events: ArticleEvent[];
  mentions: Mention[];
  plainText: string;
  blocks: TextBlock[];
}

/**
 * The pure core: reads the markers of an article tree, merges them with the frontmatter records,
 * checks every reference, resolves dates and computes W3C selectors. Problems are reported on
 * `file` at their source position. The tree gains `:actor` markers for alias matches.
 *
 * @example
 *   const annotations = extractAnnotations(tree, file, { frontmatter, article: 'my-article', registry })
 *   annotations.claims[0].selector // { exact, prefix, suffix, start, end }
 */
export function extractAnnotations(
  tree: Root,
  file: VFile,
  options: Omit<ParseStateOptions, 'today'> & { today?: string | undefined },
): Annotations {
  const markers = collectMarkers(tree, file);
  markAliases(tree, options.registry.aliases);
  const state = createParseState(tree, file, markers, {
    ...options,
    today: options.today ?? buildDay(),
  });
  checkArticle(state);
  reportOrphanRecords(state, 'claims');
  reportOrphanRecords(state, 'events');
  const claims = buildClaims(state);
  checkAssessmentKey(state, claims);
  checkRetiredIds(state);
  const events = buildEvents(state);
  const mentions = collectMentions(state, claims);
  return { claims, events, mentions, plainText: state.plainText, blocks: state.blocks };
}

/** The article's own fields that point elsewhere: its author and its updates log. */
function checkArticle(state: ParseState): void {
  state.checkActor(state.frontmatter.author, 'author', state.yamlAt(['author']));
  state.checkLog([], state.frontmatter.updates);
}

/** Every record needs its marker: a record nothing in the text refers to is a mistake. */
function reportOrphanRecords(state: ParseState, key: 'claims' | 'events'): void {
  const singular = key === 'claims' ? 'claim' : 'event';
  const marked = new Set(state.markers.filter((m) => m.name === singular).map((m) => m.id));
  for (const id of Object.keys(state.frontmatter[key] ?? {})) {
    if (!marked.has(id))
      report(
        state.file,
        `${key}.${id} has no :${singular}[…]{#${id}} marker in the text; mark the words it refers to, or remove ` +
          'the record (list retired claim ids under retired:)',
        state.yamlAt([key, id]),
        'orphan-record',
      );
  }
}

/** Key claims must be claims of this article; an article with verdicts must name at least one. */
function checkAssessmentKey(state: ParseState, claims: readonly Claim[]): void {
  const key = state.frontmatter.assessment?.key;
  if (key === undefined) return;
  const claimIds = new Set(state.markers.filter((m) => m.name === 'claim').map((m) => m.id));
  key.forEach((id, index) => {
    if (!claimIds.has(id))
      report(
        state.file,
        `assessment.key: unknown claim "${id}"; list ids of this article's claims`,
        state.yamlAt(['assessment', 'key', index]),
        'unknown-key-claim',
      );
  });
  if (key.length === 0 && claims.some((claim) => VERDICT_STATUSES.includes(claim.status)))
    report(
      state.file,
      'assessment.key is empty but the article has claims with a verdict; list the claims a reader must see first',
      state.yamlAt(['assessment', 'key']),
      'missing-key-claims',
    );
}

/** A retired claim id never comes back, and where it points must be a claim of this article. */
function checkRetiredIds(state: ParseState): void {
  const claimIds = new Set(state.markers.filter((m) => m.name === 'claim').map((m) => m.id));
  for (const [id, retired] of Object.entries(state.frontmatter.retired ?? {})) {
    if (claimIds.has(id))
      report(
        state.file,
        `retired claim id "${id}" is still used by a claim; a retired id must not come back, choose a new id for ` +
          'the claim',
        state.yamlAt(['retired', id]),
        'retired',
      );
    if (retired.to !== undefined && !claimIds.has(retired.to))
      report(
        state.file,
        `retired.${id}.to: unknown claim "${retired.to}"; point it at a claim of this article or leave "to" out`,
        state.yamlAt(['retired', id, 'to']),
        'retired',
      );
  }
}

/**
 * Every actor mention, marked (`:actor[…]{ref=…}`, checked against the registry) or found by the
 * alias matcher, with the words and block it lies in, and the claim whose words hold it.
 */
function collectMentions(state: ParseState, claims: readonly Claim[]): Mention[] {
  for (const marker of state.markers.filter((m) => m.name === 'actor'))
    state.checkActor(marker.id, ':actor ref', marker.node.position?.start);
  const mentions: Mention[] = [];
  const named = new Set<string>();
  visit(state.tree, 'textDirective', (node, _index, parent) => {
    if (node.name !== 'actor') return;
    const actor = String(node.attributes?.ref);
    // A name found by alias links to its actor too: its first mention is checked, placed at the
    // start of its paragraph (the matcher's nodes have no position of their own).
    if (node.data?.found === true && !named.has(actor)) {
      named.add(actor);
      state.checkActor(actor, `mention "${toString(node)}"`, parent?.position?.start);
    }
    const { selector, paragraph } = state.locate({ name: 'actor', node, id: actor, fields: {} });
    const claim = claims.find(
      (c) => c.selector.start <= selector.start && selector.end <= c.selector.end,
    );
    mentions.push({
      actor,
      text: selector.exact,
      paragraph,
      marked: node.data?.found !== true,
      ...(claim && { claim: claim.id }),
    });
  });
  return mentions;
}
