/**
 * Wraps a read of the content collections so a production build does it once for all its pages
 * (the collections cannot change during a build), while the dev server reads afresh each time,
 * so edits show.
 *
 * @example
 *   export const actorsById = oncePerBuild(
 *     async () => new Map((await getCollection('actors')).map((a) => [a.id, a.data])),
 *   );
 */
export function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return read();
    cached ??= read();
    return cached;
  };
}
