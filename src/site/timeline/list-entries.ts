import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { eventKey, relativeAnchor } from '../../analysis/timeline.ts';
import { eventAnchors } from '../../render/timeline-groups.ts';

/** How a timeline list shows one event: its `<li>`'s id, and the event its relative date counts from. */
type ListEntry = {
  id: string | undefined;
  anchor: { event: ArticleEvent; href: string } | undefined;
};

/**
 * The entries of a timeline list showing `events` out of `scope`. A relative date's anchor event
 * links to its place in this list when shown here, else to the unfiltered list at `scopePath`.
 *
 * @example
 *   listEntries(filtered, all, '/timeline/')(event).anchor?.href // '#event-…' or '/timeline/#event-…'
 */
export function listEntries(
  events: readonly ArticleEvent[],
  scope: readonly ArticleEvent[],
  scopePath: string,
): (event: ArticleEvent) => ListEntry {
  const anchors = eventAnchors(scope);
  const shown = new Set(events.map(eventKey));
  return (event) => {
    const counted = relativeAnchor(event, scope);
    const fragment = counted && `#${anchors.get(eventKey(counted))}`;
    return {
      id: anchors.get(eventKey(event)),
      anchor:
        counted && fragment
          ? {
              event: counted,
              href: shown.has(eventKey(counted)) ? fragment : `${scopePath}${fragment}`,
            }
          : undefined,
    };
  };
}
