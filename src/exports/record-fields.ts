import { z } from 'zod';

/** An absolute `http(s):` URL on this site or elsewhere, as every export writes it. */
export const AbsoluteUrlSchema = z
  .url({ protocol: /^https?$/ })
  .describe('An absolute http(s) URL.');

/** An id of a record in another export (`^[a-z0-9][a-z0-9-]{1,62}$`). */
export const RefSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/)
  .describe('The id of a record in another export.');

/** A claim's or event's global key, `<article>/<id>`, since their ids are unique per article only. */
export const KeySchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}\/[a-z0-9][a-z0-9-]{1,62}$/)
  .describe('`<article>/<id>`: ids of claims and events are unique within their article only.');
