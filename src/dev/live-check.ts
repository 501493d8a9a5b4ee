// Dev only, in the browser: the server tells open pages to reload after each content change, but a
// page whose Vite client was not yet connected (it was loading, or reloading for the change
// before) never hears it and would keep showing the old content. So once connected, the page asks
// how many changes have been announced and reloads if it was rendered before the last one.
import { CONTENT_VERSION_META, CONTENT_VERSION_PATH } from './content-status.ts';

const rendered = document.querySelector<HTMLMetaElement>(`meta[name="${CONTENT_VERSION_META}"]`);

async function check(shown: number): Promise<void> {
  const response = await fetch(CONTENT_VERSION_PATH, { cache: 'no-store' });
  if (response.ok && Number(await response.text()) > shown) location.reload();
}

if (rendered && import.meta.hot) {
  const shown = Number(rendered.content);
  // Vite's client may have connected before this ran (then this first check is after it), or
  // connects later (then the event comes): either way a check follows the connection.
  void check(shown);
  import.meta.hot.on('vite:ws:connect', () => void check(shown));
}
