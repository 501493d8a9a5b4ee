/**
 * The actors an article involves, each once, in order of first appearance: mentions in the text
 * first, then claimants, claims' subjects and events' actors the text names differently.
 *
 * @example
 *   articleActors([{ actor: 'japan' }], [{ claimant: { id: 'author' }, about: [] }], []) // ['japan', 'author']
 */
export function articleActors(
  mentions: readonly { actor: string }[],
  claims: readonly { claimant: { id: string }; about: readonly { id: string }[] }[],
  events: readonly { actors: readonly { id: string }[] }[],
): string[] {
  const ids = [
    ...mentions.map((m) => m.actor),
    ...claims.flatMap((c) => [c.claimant.id, ...c.about.map((a) => a.id)]),
    ...events.flatMap((e) => e.actors.map((a) => a.id)),
  ];
  return [...new Set(ids)];
}
