/** How many events a timeline embed shows at most, the latest, so it stays small however large the corpus. */
export const EMBED_EVENT_LIMIT = 15;

/** The height, in CSS pixels, past which a timeline embed folds the rest of its list behind "Show all". */
export const FOLD_AT = 1200;

// Heights in CSS pixels measured in Chromium with the embed 700 px wide (the seed's embeds): the
// drawing (a lane per event), the slope chart (a row per event), one compact list entry (160–330
// in the seed: the plan counts the tallest, so nothing is cut), the page around them (heading,
// footer) and the "Show all" line.
// The drawing's base includes its frame (title, tally, source line and credit, about 110 px); a
// lane holds a label wrapped to up to three lines.
const DRAWING = { base: 300, perEvent: 62 };
const SLOPE = { base: 40, perEvent: 20 };
/** One compact list entry's height, as the plan counts it. */
export const ENTRY_HEIGHT = 335;
const PAGE = 200;
const SUMMARY = 50;
const EMPTY = 200;

/** How a timeline embed is laid out: events shown, how many of them open, and its height. */
interface TimelineEmbedPlan {
  /** The events the embed holds (the latest, at most `EMBED_EVENT_LIMIT`). */
  shown: number;
  /** The first of them (as dated) listed open; the rest wait behind "Show all". */
  open: number;
  /** The stated height of its iframe without the resize script: what shows before "Show all". */
  height: number;
}

/**
 * The plan of a timeline embed of `count` events: the drawing always, then as many list entries as
 * keep it within about `FOLD_AT` pixels (at least one), the rest in a closed `details`; the
 * snippet states the height of what shows, so a fixed-height iframe holds it without scrolling.
 *
 * @example
 *   timelineEmbedPlan(13, { slope: true }) // { shown: 13, open: 1, height: … }
 */
export function timelineEmbedPlan(count: number, options: { slope: boolean }): TimelineEmbedPlan {
  const shown = Math.min(count, EMBED_EVENT_LIMIT);
  if (shown === 0) return { shown, open: 0, height: EMPTY };
  const drawing =
    DRAWING.base +
    DRAWING.perEvent * shown +
    (options.slope && shown > 1 ? SLOPE.base + SLOPE.perEvent * shown : 0);
  const full = PAGE + drawing + ENTRY_HEIGHT * shown;
  if (full <= FOLD_AT || shown === 1) return { shown, open: shown, height: full };
  const room = Math.floor((FOLD_AT - PAGE - drawing - SUMMARY) / ENTRY_HEIGHT);
  const open = Math.min(shown - 1, Math.max(1, room));
  return { shown, open, height: PAGE + drawing + ENTRY_HEIGHT * open + SUMMARY };
}
