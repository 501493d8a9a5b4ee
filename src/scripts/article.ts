// Comfort on the annotated article; everything here also works without it, less smoothly.
// - Arriving at #claim-<id> opens exactly that claim's note (CSS alone opens the passage's notes).
// - Arriving at a retired claim id says so at the top of the page, with where the claim went.
// - j / k move between claims; copy-link buttons copy a claim page's address.
import { enableCopyLinks } from './copy-link.ts';
import { nextIndex } from './claim-navigation.ts';

document.documentElement.classList.add('has-js');
const markers = [...document.querySelectorAll<HTMLElement>('.article-body .claim[data-claim]')];

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

function onArrival(): void {
  const element = target();
  if (element?.dataset['claim'] && element.classList.contains('claim')) {
    const note = document.getElementById(`note-${element.dataset['claim']}`);
    if (note instanceof HTMLDetailsElement) note.open = true;
    markCurrent(markers.indexOf(element));
  } else if (element?.dataset['retired']) {
    showRetired(element);
  }
}

let current = -1;
function markCurrent(index: number): void {
  markers[current]?.classList.remove('is-current');
  current = index;
  markers[current]?.classList.add('is-current');
}

function onKey(event: KeyboardEvent): void {
  if (event.key !== 'j' && event.key !== 'k') return;
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  const focused = event.target;
  if (
    focused instanceof HTMLElement &&
    (focused.isContentEditable || focused.closest('input, textarea, select'))
  )
    return;
  const index = nextIndex(current, markers.length, event.key);
  if (index === undefined) return;
  markCurrent(index);
  const link = markers[index]?.querySelector<HTMLAnchorElement>('a.claim-ref');
  link?.focus({ preventScroll: true });
  link?.scrollIntoView({
    block: 'center',
    behavior: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
  });
}

window.addEventListener('hashchange', onArrival);
document.addEventListener('keydown', onKey);
onArrival();
enableCopyLinks(document);
const hint = document.querySelector<HTMLElement>('.keyboard-hint');
if (hint && markers.length > 0) hint.hidden = false;
