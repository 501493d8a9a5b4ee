/** A source's title as a reader sees it, and whether it is the publisher's headline or ours. */
interface SourceTitle {
  text: string;
  /** True when the headline was not seen and the words describe the page (see docs/seed-analysis.md). */
  described: boolean;
}

/**
 * Reads the analysts' convention for a source whose headline was not seen: its title is written
 * in square brackets, as our description. The reader gets the words without the brackets and a
 * note that they are ours.
 *
 * @example
 *   sourceTitle('[Reuters report: Klingbeil says time presses]')
 *   // { text: 'Reuters report: Klingbeil says time presses', described: true }
 */
export function sourceTitle(title: string): SourceTitle {
  const described = /^\[[^\]]+\]$/u.test(title.trim());
  return { text: described ? title.trim().slice(1, -1) : title, described };
}
