/** What the slope chart needs of an event. */
interface SlopeItem {
  key: string;
  /** Position in the telling (1-based, or any ascending number). */
  told: number;
  /** Start of the resolved date in UTC ms; undefined for undated events, which sort last. */
  time: number | undefined;
}

/** One line of the slope chart: an event's rank as told (left) and as dated (right), 0-based. */
interface SlopeLine {
  key: string;
  toldRank: number;
  datedRank: number;
}

/**
 * The two orders of a slope chart: as told (narrative order) and as dated (chronological; ties and
 * undated events keep their telling order, undated last). A line that slopes is a jump in time.
 *
 * @example
 *   slopeOrder([{ key: 'a', told: 1, time: 20 }, { key: 'b', told: 2, time: 10 }])
 *   // [{ key: 'a', toldRank: 0, datedRank: 1 }, { key: 'b', toldRank: 1, datedRank: 0 }]
 */
export function slopeOrder(items: readonly SlopeItem[]): SlopeLine[] {
  const told = [...items].sort((a, b) => a.told - b.told);
  const dated = [...told].sort((a, b) => {
    if (a.time === undefined || b.time === undefined) {
      return Number(a.time === undefined) - Number(b.time === undefined);
    }
    return a.time - b.time;
  });
  const datedRank = new Map(dated.map((item, i) => [item.key, i]));
  return told.map((item, i) => ({
    key: item.key,
    toldRank: i,
    datedRank: datedRank.get(item.key) as number,
  }));
}

/** How many pairs of events the telling puts in the opposite order to the calendar. */
export function inversions(lines: readonly SlopeLine[]): number {
  let count = 0;
  for (let i = 0; i < lines.length; i++) {
    for (let j = i + 1; j < lines.length; j++) {
      const a = lines[i] as SlopeLine;
      const b = lines[j] as SlopeLine;
      if ((a.toldRank - b.toldRank) * (a.datedRank - b.datedRank) < 0) count++;
    }
  }
  return count;
}
