/**
 * Filters the unfiltered timeline in place when a reader follows a filter link, and puts the filter
 * page's address in the location bar, so reloading or sharing gives the same static page. Without
 * this script the links simply open those static pages. Filtered pages are left alone: their
 * lists no longer hold the other events.
 *
 * @example
 *   enableTimelineFilters(document)
 */
export function enableTimelineFilters(doc: Document): void {
  const views = doc.querySelector<HTMLElement>('[data-complete]');
  const nav = doc.querySelector<HTMLElement>('[data-timeline-filters]');
  if (!views || !nav) return;
  const links = [...nav.querySelectorAll<HTMLAnchorElement>('a[data-filter]')];
  const status = nav.querySelector<HTMLElement>('[data-filter-status]');

  const apply = (link: HTMLAnchorElement): void => {
    const { filter, value = '' } = link.dataset;
    const matches = (item: HTMLElement): boolean =>
      filter === 'all' ||
      (filter === 'actor'
        ? (item.dataset['actors'] ?? '').split(' ').includes(value)
        : item.dataset['type'] === value);
    const items = [...views.querySelectorAll<HTMLElement>('li[data-type]')];
    for (const item of items) item.hidden = !matches(item);
    for (const group of views.querySelectorAll<HTMLElement>('[data-group]'))
      group.hidden = !group.querySelector('li[data-type]:not([hidden])');
    for (const other of links) {
      if (other === link) other.setAttribute('aria-current', 'page');
      else other.removeAttribute('aria-current');
    }
    const shown = views.querySelectorAll('.as-dated li[data-type]:not([hidden])').length;
    dimDrawing(
      doc,
      new Set(items.filter((item) => !item.hidden && item.id).map((item) => item.id)),
    );
    if (status)
      status.textContent =
        filter === 'all'
          ? ''
          : `Showing ${shown} events: ${link.textContent?.replace(/\s*\(\d+\)$/, '')}`;
  };

  nav.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a[data-filter]');
    if (
      !link ||
      event.defaultPrevented ||
      (event instanceof MouseEvent &&
        (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey))
    )
      return;
    event.preventDefault();
    apply(link);
    history.pushState(null, '', link.href);
  });
  window.addEventListener('popstate', () => {
    const here = location.origin + location.pathname;
    const link =
      links.find((l) => l.href === here) ?? links.find((l) => l.dataset['filter'] === 'all');
    if (link) apply(link);
  });
}

/**
 * Dims the drawing's marks of the events a filter hides, and takes them out of the tab order and
 * the accessibility tree, so the picture agrees with the list; the rest stay as they were. Without
 * the script the drawing is complete, as is the list.
 *
 * @example
 *   dimDrawing(document, new Set(['event-mofcom-ban']))
 */
function dimDrawing(doc: Document, listed: ReadonlySet<string>): void {
  for (const mark of doc.querySelectorAll<SVGAElement>('[data-drawing] a.tl-ev[href^="#"]')) {
    const off = !listed.has((mark.getAttribute('href') ?? '').slice(1));
    mark.classList.toggle('tl-off', off);
    if (off) {
      mark.setAttribute('tabindex', '-1');
      mark.setAttribute('aria-hidden', 'true');
    } else {
      mark.removeAttribute('tabindex');
      mark.removeAttribute('aria-hidden');
    }
  }
}
