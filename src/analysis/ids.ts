/**
 * Identifier rules shared by claims, events, actors and article slugs.
 *
 * @example
 *   isValidId('india-strong-support') // true
 *   isValidId('India')                // false: upper case
 */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** True when `value` is a well-formed id (`^[a-z0-9][a-z0-9-]{1,62}$`). */
export function isValidId(value: string): boolean {
  return ID_PATTERN.test(value);
}

/** The fragment a claim is reachable at on its article page, e.g. `claim-india-support`. */
export const claimAnchor = (id: string): string => `claim-${id}`;

/** The fragment an event is reachable at on article and timeline pages, e.g. `event-ban`. */
export const eventAnchor = (id: string): string => `event-${id}`;
