import type { ArticleEvent } from '../../analysis/schema/entries.ts';
import { filterChoices, type TimelineFilter } from '../../analysis/timeline.ts';

/** One list of filter links, by actor or by event type; `current` marks the page being shown. */
type FilterList = {
  filter: 'actor' | 'type';
  label: string;
  links: { value: string; href: string; text: string; current: boolean }[];
};

/**
 * The filter links of a timeline: every actor and type of the scope, with its number of events,
 * so the choices do not shrink on a filtered page.
 *
 * @example
 *   filterLists(events, { type: 'meeting' }, names, paths)[1]?.links.find((l) => l.current)?.value // 'meeting'
 */
export function filterLists(
  scope: readonly ArticleEvent[],
  current: TimelineFilter,
  actorNames: ReadonlyMap<string, string>,
  paths: { actor: (id: string) => string; type: (type: string) => string },
): FilterList[] {
  const { actors, types } = filterChoices(scope);
  return [
    {
      filter: 'actor',
      label: 'By actor:',
      links: actors.map(([id, count]) => ({
        value: id,
        href: paths.actor(id),
        text: `${actorNames.get(id) ?? id} (${count})`,
        current: current !== undefined && 'actor' in current && current.actor === id,
      })),
    },
    {
      filter: 'type',
      label: 'By type:',
      links: types.map(([type, count]) => ({
        value: type,
        href: paths.type(type),
        text: `${type} (${count})`,
        current: current !== undefined && 'type' in current && current.type === type,
      })),
    },
  ];
}
