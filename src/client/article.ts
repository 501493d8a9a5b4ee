// Comfort on the annotated article; everything here also works without it, less smoothly.
// - Arriving at #claim-<id> opens exactly that claim's note (CSS alone opens the passage's notes).
// - Arriving at a retired claim id says so at the top of the page, with where the claim went.
// - A click, or Enter, on a claim's words opens its note (closes it again when it is open; no
//   other note closes); j / k move between the marked claims and open the note they land on.
// - "Show all annotations" is remembered; copy-link buttons copy a claim page's address.
import { enableCopyLinks } from './copy-link.ts';
import { nextIndex } from './claim-navigation.ts';
import { rememberSwitch } from './remember-switch.ts';

document.documentElement.classList.add('has-js');
const allMarkers = [...document.querySelectorAll<HTMLElement>('.article-body .claim[data-claim]')];
const showAll = document.querySelector<HTMLInputElement>('#show-all-annotations');

/** The claims j / k visit: the marked ones, or every one when the reader shows them all. */
const visitable = (): HTMLElement[] =>
  showAll?.checked === false
    ? allMarkers.filter((marker) => marker.dataset['rank'] !== 'quiet')
    : allMarkers;

/** The element the URL's fragment names, if any. */
function target(): HTMLElement | null {
  try {
    const id = decodeURIComponent(window.location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  } catch {
    // A malformed escape in a hand-edited link names nothing here.
    return null;
  }
}

function showRetired(entry: HTMLElement): void {
  const notice = document.getElementById('retired-notice');
  if (!notice) return;
  const text = document.createElement('p');
  const note = entry.querySelector('.retired-note')?.textContent ?? '';
  text.append(
    `The claim link #claim-${entry.dataset['retired'] ?? ''} you followed is retired. ${note}`,
  );
  const moved = entry.querySelector('a[data-retired-to]');
  if (moved) text.append(' It is now ', moved.cloneNode(true), '.');
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.textContent = 'Dismiss';
  dismiss.addEventListener('click', () => (notice.hidden = true));
  // The notice sticks to the top of the window, so it stays in view beside the retired entry the browser scrolls to.
  notice.replaceChildren(text, dismiss);
  notice.hidden = false;
}

const noteOf = (marker: HTMLElement | undefined): HTMLDetailsElement | null => {
  const note = marker && document.getElementById(`note-${marker.dataset['claim'] ?? ''}`);
  return note instanceof HTMLDetailsElement ? note : null;
};

let current: HTMLElement | undefined;

/** Marks the claim the reader is on and opens its note; other notes stay as they are. */
function select(marker: HTMLElement, { toggle = false } = {}): void {
  current?.classList.remove('is-current');
  current = marker;
  marker.classList.add('is-current');
  const note = noteOf(marker);
  if (note) note.open = toggle ? !note.open : true;
}

function onArrival(): void {
  const element = target();
  if (element?.dataset['claim'] && element.classList.contains('claim')) {
    select(element);
  } else if (element?.dataset['retired']) {
    showRetired(element);
  }
}

function onKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const focused = event.target;
  if (
    focused instanceof HTMLElement &&
    (focused.isContentEditable || focused.closest('input, textarea, select'))
  )
    return;
  if ((event.key === 'Enter' || event.key === ' ') && focused instanceof HTMLElement) {
    if (!focused.matches('.article-body .claim[data-claim]')) return;
    event.preventDefault();
    select(focused, { toggle: true });
    return;
  }
  if (event.key !== 'j' && event.key !== 'k') return;
  const markers = visitable();
  // Go on from the claim the reader is on, focused or last selected, even one the keys skip.
  const on =
    focused instanceof HTMLElement && focused.matches('.article-body .claim[data-claim]')
      ? focused
      : current;
  const stops = markers.map((marker) => allMarkers.indexOf(marker));
  const index = nextIndex(stops, on ? allMarkers.indexOf(on) : -1, event.key);
  const marker = index === undefined ? undefined : markers[index];
  if (!marker) return;
  select(marker);
  marker.focus({ preventScroll: true });
  marker.scrollIntoView({
    block: 'center',
    behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
}

function onClick(event: MouseEvent): void {
  const clicked = event.target;
  if (!(clicked instanceof Element)) return;
  // Links inside a claim (actors, events, the number) keep their own job; a selection is not a click.
  if (clicked.closest('a') || !window.getSelection()?.isCollapsed) return;
  const marker = clicked.closest<HTMLElement>('.claim[data-claim]');
  if (marker) select(marker, { toggle: true });
}

// With the script, each claim's words are its one keyboard stop; the number link stays for
// pointers and for readers without the script.
for (const marker of allMarkers) {
  marker.tabIndex = 0;
  marker.querySelector<HTMLElement>(':scope > sup a.claim-ref')?.setAttribute('tabindex', '-1');
}

window.addEventListener('hashchange', onArrival);
document.addEventListener('keydown', onKey);
const body = document.querySelector<HTMLElement>('.article-body');
body?.addEventListener('click', onClick);
window.addEventListener('beforeprint', () => {
  for (const details of document.querySelectorAll<HTMLDetailsElement>('.source-details')) {
    details.open = true;
  }
});
if (showAll) rememberSwitch(showAll, 'claimlens:show-all-annotations');
onArrival();
enableCopyLinks(document);
const help = document.querySelector<HTMLElement>('.keyboard-help');
if (help && allMarkers.length > 0) help.hidden = false;
