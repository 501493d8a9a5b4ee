// Dev only, in the browser: reloads the page when the content it shows has changed. The server
// tells open pages of each change with its count (src/integrations/dev-content/apply-changes.ts);
// a page that was still loading then never hears it, so once its Vite client is connected it also
// asks for the count. A page reloads only if it was rendered before the latest change.
import {
  CONTENT_CHANGED_EVENT,
  CONTENT_VERSION_META,
  CONTENT_VERSION_PATH,
} from './content-status.ts';

const rendered = document.querySelector<HTMLMetaElement>(`meta[name="${CONTENT_VERSION_META}"]`);
// A page without the count (none is expected) reloads for every change.
const shown = rendered ? Number(rendered.content) : -1;

async function check(): Promise<void> {
  const response = await fetch(CONTENT_VERSION_PATH, { cache: 'no-store' });
  if (response.ok && Number(await response.text()) > shown) location.reload();
}

if (import.meta.hot) {
  import.meta.hot.on(CONTENT_CHANGED_EVENT, (change: { version: number }) => {
    if (change.version > shown) location.reload();
  });
  if (rendered) {
    // Vite's client may have connected before this ran (then this first check follows it), or
    // connects later (then the event comes): either way a check follows the connection.
    void check();
    import.meta.hot.on('vite:ws:connect', () => void check());
  }
}
