import type { Fact } from "../model";

export interface TimelineItem {
  date: string;
  kind: string;
  title: string;
  entities: readonly string[];
  fact: Fact;
}

/** Items under their year (the date's first four digits; an interval such as 2014/2016 files under its start), in order. */
export function groupByYear(items: readonly TimelineItem[]): [string, TimelineItem[]][] {
  const groups = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const year = /^-?\d{1,4}/.exec(item.date)?.[0] ?? "undated";
    (groups.get(year) ?? groups.set(year, []).get(year)!).push(item);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === "undated" ? 1 : b === "undated" ? -1 : Number(a) - Number(b)));
}
