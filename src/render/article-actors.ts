/**
 * The actors an article involves, each once, in order of first appearance: mentions in the text
 * first, then claimants, claims' subjects and events' actors the text names differently.
 *
 * @example
 *   articleActors([{ actor: 'japan' }], [{ claimant: 'author', about: [] }], []) // ['japan', 'author']
 */
export function articleActors(
  mentions: readonly { actor: string }[],
  claims: readonly { claimant: string; about: readonly string[] }[],
  events: readonly { actors: readonly string[] }[],
): string[] {
  const ids = [
    ...mentions.map((m) => m.actor),
    ...claims.flatMap((c) => [c.claimant, ...c.about]),
    ...events.flatMap((e) => e.actors),
  ];
  return [...new Set(ids)];
}
