/** Port of the built site under test; `E2E_PORT` moves it when several runs share a machine. */
export const SITE_PORT = Number(process.env['E2E_PORT'] ?? 4399);

/** Port of the site built from the attack corpus. */
export const ATTACKS_PORT = SITE_PORT + 100;

/** Every built HTML page of a site folder, as URL paths. */
export { htmlPages } from './built-files.ts';
