import type { Schemas } from "../api/client";

export type TimelineItem = Schemas["TimelineItemResponse"];

/** Items under their year (the API's integer year; an interval such as 2014/2016 files under its start), years in order, undated last. */
export function groupByYear(items: readonly TimelineItem[]): [string, TimelineItem[]][] {
  const groups = new Map<number | null, TimelineItem[]>();
  for (const item of items) (groups.get(item.year) ?? groups.set(item.year, []).get(item.year)!).push(item);
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a - b))
    .map(([year, group]) => [year === null ? "undated" : String(year), group]);
}
