import type { Schemas } from "./api/client";

/** The REST API's records, exactly as its OpenAPI document types them. */
export type EntityType = Schemas["EntityType"];
export type RelationType = Schemas["RelationType"];
export type Entity = Schemas["EntityResponse"];
export type Fact = Schemas["RelationshipResponse"];
export type Evidence = Schemas["EvidenceResponse"];

/**
 * What a drawing shows: the API's entities and facts, or the nodes and relationships of a Cypher result, whose labels
 * and types are open (a Document, a MENTIONS relationship), so types here are plain strings.
 */
export interface Node {
  id: string;
  type: string;
  name: string;
  names: Readonly<Record<string, string>>;
  properties: Readonly<Record<string, unknown>>;
}

export interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  properties: Readonly<Record<string, unknown>>;
  evidence: readonly Evidence[];
}

export interface Graph {
  nodes: readonly Node[];
  edges: readonly Edge[];
  truncated: boolean;
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

/**
 * The properties worth showing: a `<key>Year` the graph keeps beside a date `<key>` so Cypher can compare numbers
 * (sinceYear 1992 beside since "1992") says nothing the date does not, so it is left out when it agrees with the date.
 */
export function shownProperties(properties: Readonly<Record<string, unknown>>): [string, unknown][] {
  return Object.entries(properties).filter(([key, value]) => {
    const date = key.endsWith("Year") ? properties[key.slice(0, -"Year".length)] : undefined;
    return !(typeof value === "number" && (typeof date === "string" || typeof date === "number") && String(date).startsWith(String(value)));
  });
}

/** A fact's properties in one short phrase, e.g. "since 1992". */
export function describeProperties(properties: Readonly<Record<string, unknown>>): string {
  return shownProperties(properties)
    .map(([key, value]) => `${key} ${formatValue(value)}`)
    .join(", ");
}
