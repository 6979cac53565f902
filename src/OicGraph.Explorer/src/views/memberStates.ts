import type { Schemas } from "../api/client";

export type MemberState = Schemas["MemberStateResponse"];
export type Claim = Schemas["MembershipClaimResponse"];

/** The years the sources give, each once, in order: "1992 vs 1995" reads the disagreement at a glance. */
export function disagreementOf(state: MemberState): string {
  const years = [...new Set(state.claims.map((c) => c.sinceYear).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  return years.length > 1 ? years.join(" vs ") : "";
}

export interface MemberFilter {
  text: string;
  onlyDisagreements: boolean;
}

/** States whose name in any script contains the filter text, optionally only those the sources disagree on. */
export function filterStates(states: readonly MemberState[], filter: MemberFilter): MemberState[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  return states.filter((s) =>
    (!filter.onlyDisagreements || s.disagreement) &&
    (needle === "" || [s.country.name, s.country.id, ...Object.values(s.country.names), ...s.country.aliases].some((n) => n.toLocaleLowerCase().includes(needle))));
}
