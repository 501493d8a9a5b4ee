import { quoteValue } from './quote-value.ts';

/**
 * Identifier rules shared by claims, events, actors and article slugs.
 *
 * @example
 *   isValidId('india-strong-support') // true
 *   isValidId('India')                // false: upper case
 */
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{1,62}$/;

/**
 * Names every JavaScript object already answers to (`constructor`, `__proto__`, `hasOwnProperty`,
 * …) and `prototype`. As ids they would be looked up on the object's prototype instead of in the
 * records, so they are refused by name, before the pattern, whose message would not say why.
 */
const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  'prototype',
]);

/**
 * Why `value` cannot be an id, or undefined when it can.
 *
 * @example
 *   idProblem('constructor') // '"constructor" is a name every JavaScript object has, …'
 */
export function idProblem(value: string): string | undefined {
  if (RESERVED_IDS.has(value))
    return (
      `"${value}" is a name every JavaScript object has, so as an id it would be confused with ` +
      'the built-in one; choose another id'
    );
  if (!ID_PATTERN.test(value))
    return (
      `${quoteValue(value)} is not a valid id: use 2–63 lower-case letters, digits and hyphens, ` +
      'starting with a letter or digit'
    );
  return undefined;
}

/** True when `value` can be an id: it matches `^[a-z0-9][a-z0-9-]{1,62}$` and is not reserved. */
export function isValidId(value: string): boolean {
  return idProblem(value) === undefined;
}

/** The fragment a claim is reachable at on its article page, e.g. `claim-india-support`. */
export const claimAnchor = (id: string): string => `claim-${id}`;

/** The fragment an event is reachable at on article and timeline pages, e.g. `event-ban`. */
export const eventAnchor = (id: string): string => `event-${id}`;

/**
 * The fragment of an actor's `n`th mention (from 1, in reading order) in an article's text, e.g.
 * `mention-canada-1`, so an actor's page can link to each place the actor is named.
 */
export const mentionAnchor = (actor: string, n: number): string => `mention-${actor}-${n}`;
