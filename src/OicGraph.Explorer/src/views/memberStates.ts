import type { Schemas } from "../api/client";
import { entityOf, evidenceOf, formatValue, type Entity, type Evidence } from "../model";

export interface Claim {
  since: string;
  documentId: string;
  documentKind: string;
  evidence: Evidence;
}

export interface MemberState {
  country: Entity;
  status: string;
  accession: string;
  claims: Claim[];
  disagreement: boolean;
}

export function memberStateOf(m: Schemas["MemberStateResponse"]): MemberState {
  return {
    country: entityOf(m.country ?? {}),
    status: m.status ?? "",
    accession: formatValue(m.accession),
    claims: (m.claims ?? []).map((c) => ({
      since: formatValue(c.since),
      documentId: c.documentId ?? "",
      documentKind: c.documentKind ?? "",
      evidence: evidenceOf(c.evidence ?? {}),
    })),
    disagreement: m.disagreement ?? false,
  };
}

/** The years the sources give, each once, in order: "1992 vs 1995" reads the disagreement at a glance. */
export function disagreementOf(state: MemberState): string {
  const years = [...new Set(state.claims.map((c) => c.since).filter((y) => y !== ""))].sort();
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
