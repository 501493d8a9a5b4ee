import type { Point } from 'unist';
import type { VFile } from 'vfile';

/** A source position, or a way to compute one only when a problem is actually reported. */
export type Place = Point | undefined | (() => Point | undefined);

/** Adds a fatal-class message (every problem fails the build) with a rule id for tests to match. */
export function report(file: VFile, reason: string, place: Place, ruleId: string): void {
  const point = typeof place === 'function' ? place() : place;
  const message = file.message(reason, { place: point ?? undefined, ruleId, source: 'claimlens' });
  message.fatal = true;
}
