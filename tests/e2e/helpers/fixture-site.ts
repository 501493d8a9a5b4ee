import { SITE_PORT } from '../servers.ts';

/**
 * A second, small site built from tests/fixtures/site (an invented article with retired claim
 * ids and claims with verdicts) by `npm run build:fixture`, and served beside the real one.
 */
export const FIXTURE_DIST = '.dist-fixture';
/** Its port: the site's plus 200 (the attack site takes plus 100). */
export const FIXTURE_PORT = SITE_PORT + 200;
export const FIXTURE_URL = `http://127.0.0.1:${FIXTURE_PORT}`;
