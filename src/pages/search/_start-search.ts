/** The part of Pagefind's default UI (dist/pagefind/pagefind-ui.js) this site uses. */
interface PagefindUIInstance {
  triggerSearch: (term: string) => void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: {
      element: string;
      showSubResults: boolean;
      showImages: boolean;
      autofocus: boolean;
    }) => PagefindUIInstance;
  }
}

/**
 * Mounts Pagefind's UI in `#search`, runs the `?q=` query the header box sent, and only then
 * hides the plain link list: if the UI cannot load, the list stays.
 */
export function startSearch(): void {
  const PagefindUI = window.PagefindUI;
  if (!PagefindUI) return;
  const ui = new PagefindUI({
    element: '#search',
    showSubResults: true,
    showImages: false,
    autofocus: true,
  });
  const query = new URLSearchParams(window.location.search).get('q')?.trim();
  if (query) ui.triggerSearch(query);
  const fallback = document.getElementById('search-fallback');
  if (fallback) fallback.hidden = true;
}
