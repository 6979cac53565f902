import type { Schemas } from "./api/client";

/** The page's view of the API's records: every list present, so drawing code never tests for absence. */
export interface Entity {
  id: string;
  type: string;
  name: string;
  names: Readonly<Record<string, string>>;
  aliases: readonly string[];
  properties: Readonly<Record<string, unknown>>;
}

export interface Evidence {
  documentId: string;
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface Fact {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Readonly<Record<string, unknown>>;
  evidence: readonly Evidence[];
}

export interface Graph {
  nodes: readonly Entity[];
  edges: readonly Fact[];
  truncated: boolean;
}

export function entityOf(e: Schemas["EntityResponse"]): Entity {
  return {
    id: e.id ?? "",
    type: e.type ?? "",
    name: e.name ?? e.id ?? "",
    names: e.names ?? {},
    aliases: e.aliases ?? [],
    properties: e.properties ?? {},
  };
}

export function evidenceOf(e: Schemas["EvidenceResponse"]): Evidence {
  return { documentId: e.documentId ?? "", start: e.start ?? 0, end: e.end ?? 0, text: e.text ?? "", sentence: e.sentence ?? 0 };
}

export function factOf(r: Schemas["RelationshipResponse"]): Fact {
  return {
    id: r.id ?? "",
    type: r.type ?? "",
    source: r.source ?? "",
    target: r.target ?? "",
    properties: r.properties ?? {},
    evidence: (r.evidence ?? []).map(evidenceOf),
  };
}

export function graphOf(g: Schemas["GraphResponse"]): Graph {
  return { nodes: (g.nodes ?? []).map(entityOf), edges: (g.edges ?? []).map(factOf), truncated: g.truncated ?? false };
}

/** The languages and scripts every entity is named in, in the order the page shows them. */
export const scripts = [
  { key: "en", label: "English", dir: "ltr" },
  { key: "kk-Cyrl", label: "Kazakh, Cyrillic", dir: "ltr" },
  { key: "kk-Latn", label: "Kazakh, Latin", dir: "ltr" },
  { key: "kk-Arab", label: "Kazakh, Arabic script (tote)", dir: "rtl" },
] as const;

/** A property value as text: numbers, booleans, lists and dates as the API gave them. */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(formatValue).join(", ");
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

/** A fact's properties in one short phrase, e.g. "since 1992". */
export function describeProperties(properties: Readonly<Record<string, unknown>>): string {
  return Object.entries(properties)
    .map(([key, value]) => `${key} ${formatValue(value)}`)
    .join(", ");
}
