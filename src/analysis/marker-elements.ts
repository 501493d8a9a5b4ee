import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { ArticleEvent, Claim } from './schema/entries.ts';
import { actorPath, articleTimelinePath } from './urls.ts';
import { claimAnchor, eventAnchor, mentionAnchor } from './ids.ts';
import { claimCaption, markRank, STATUS_LABELS } from './claim-labels.ts';

/**
 * Gives each marker its HTML form, through mdast `data.hName`/`hProperties` so that remark-rehype
 * builds the elements and no HTML is written by hand:
 *
 * ```md
 * :claim[India backs Japan]{#india-backs}
 * ```
 * becomes
 * ```html
 * <span class="claim" id="claim-india-backs" data-type="attributed" data-status="unverified"
 * data-rank="quiet">India backs
 * Japan<sup class="claim-ref"><a href="#claim-india-backs" …>? 1</a></sup></span>
 * ```
 */
export function shapeMarkers(
  tree: Root,
  article: string,
  claims: ReadonlyMap<string, Claim>,
  events: ReadonlyMap<string, ArticleEvent>,
): void {
  const mentions = new Map<string, number>();
  visit(tree, 'textDirective', (node) => {
    const id = String(node.attributes?.id ?? '');
    if (node.name === 'claim') {
      const claim = claims.get(id);
      if (!claim) return;
      node.data = {
        hName: 'span',
        hProperties: {
          className: ['claim'],
          id: claimAnchor(id),
          dataClaim: id,
          dataType: claim.type,
          dataStatus: claim.status,
          dataRank: markRank(claim),
        },
      };
      node.children.push({
        type: 'text',
        value: '',
        data: {
          hName: 'sup',
          hProperties: { className: ['claim-ref'] },
          hChildren: [
            {
              type: 'element',
              tagName: 'a',
              properties: {
                href: `#${claimAnchor(id)}`,
                className: ['claim-ref'],
                ariaLabel: claimCaption(claim),
              },
              // The verdict's glyph before the number; the label names both for screen readers.
              children: [
                { type: 'text', value: `${STATUS_LABELS[claim.status].glyph} ${claim.number}` },
              ],
            },
          ],
        },
      });
    } else if (node.name === 'event') {
      const event = events.get(id);
      node.data = {
        hName: 'a',
        hProperties: {
          className: ['event'],
          id: eventAnchor(id),
          href: `${articleTimelinePath(article)}#${eventAnchor(id)}`,
          dataEvent: event?.type ?? 'other',
        },
      };
    } else if (node.name === 'actor') {
      const ref = String(node.attributes?.ref ?? '');
      // Numbered in the order the article's `mentions` list them, which is this walk's order too.
      const n = (mentions.get(ref) ?? 0) + 1;
      mentions.set(ref, n);
      node.data = {
        ...node.data,
        hName: 'a',
        hProperties: {
          className: ['actor'],
          id: mentionAnchor(ref, n),
          href: actorPath(ref),
          dataActor: ref,
        },
      };
    }
  });
}
