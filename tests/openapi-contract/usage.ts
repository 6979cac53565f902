// How a frontend uses the client openapi-typescript generates from /swagger/v1/swagger.json. The contract tests
// generate oicgraph-api.d.ts beside this file and compile both with tsc --strict: a response typed `never`, a field
// that is always sent but typed optional, or a closed set typed as a plain string breaks the build.
import type { components, paths } from "./oicgraph-api";

type Schemas = components["schemas"];
type Json<P extends keyof paths, M extends keyof paths[P], S extends number> =
  paths[P][M] extends { responses: infer R }
    ? S extends keyof R
      ? R[S] extends { content: { "application/json": infer B } } ? B : never
      : never
    : never;

/** Fails to compile when T is never: a response a generator could not type. */
type NotNever<T> = [T] extends [never] ? false : true;
const typed: [
  NotNever<Json<"/api/graph", "get", 200>>,
  NotNever<Json<"/api/entities/{id}", "get", 200>>,
  NotNever<Json<"/api/cypher", "post", 200>>,
  NotNever<Json<"/api/documents", "post", 201>>,
  NotNever<Json<"/api/documents/{id}", "delete", 200>>,
  NotNever<Json<"/api/member-states", "get", 200>>,
  NotNever<Json<"/health/ready", "get", 200>>,
] = [true, true, true, true, true, true, true];

// Every operation's success (200 or 201) has a typed JSON or file body: this names each one that does not.
type Operations = { [P in keyof paths]: { [M in Exclude<keyof paths[P], "parameters">]: NonNullable<paths[P][M]> } };
type SuccessBody<O> = O extends { responses: infer R }
  ? { [S in keyof R & (200 | 201)]: R[S] extends { content: infer C } ? C[keyof C] : never }[keyof R & (200 | 201)]
  : never;
type Untyped = {
  [P in keyof Operations]: {
    [M in keyof Operations[P]]: [Operations[P][M]] extends [never] ? never
      : [SuccessBody<Operations[P][M]>] extends [never] ? `${M & string} ${P & string}` : never
  }[keyof Operations[P]]
}[keyof Operations];
const everyOperationTyped: [Untyped] extends [never] ? true : Untyped = true;

// Always-present fields are required: under --strict these reads compile only if no `?` marks them optional.
export function describe(entity: Schemas["EntityDetailsResponse"]): string {
  const names = Object.entries(entity.entity.names).map(([script, name]) => `${script}: ${name}`);
  const first = entity.mentions[0];
  return `${entity.entity.name} (${entity.entity.type}) named ${entity.mentionCount} times; ${names.join(", ")}`
    + (first ? `; first at ${first.start}-${first.end} in ${first.documentId}` : "");
}

export function edges(graph: Json<"/api/graph", "get", 200>): number {
  // GET /api/graph answers our JSON or Cytoscape.js elements, both with nodes, edges and truncated.
  return graph.edges.length + (graph.truncated ? 1 : 0);
}

export function drawCypher(result: Schemas["CypherResponse"]): string[] {
  const labels = result.graph.nodes.map((n) => `${n.id}:${n.labels.join(":")}`);
  const links = result.graph.relationships.map((r) => `${r.start}-[:${r.type}]->${r.end}`);
  return [...result.columns, ...labels, ...links, String(result.truncated), String(result.elapsedMilliseconds)];
}

// Graph properties are typed values: a year is a number a client can compare.
export function joinedAfter(state: Schemas["MemberStateResponse"], year: number): boolean {
  const accession: number | null = state.accession;
  const claimed = state.claims.map((c) => c.sinceYear).filter((y): y is number => y !== null);
  return (accession ?? Math.min(...claimed)) > year;
}

export function propertyYear(fact: Schemas["RelationshipResponse"]): number | undefined {
  const value = fact.properties["sinceYear"];
  return typeof value === "number" ? value : undefined;
}

// Closed sets are unions of literals, so a typo does not compile.
const country: Schemas["EntityType"] = "Country";
// @ts-expect-error "Kountry" is not an entity type
const misspelt: Schemas["EntityType"] = "Kountry";
const member: Schemas["RelationType"] = "MEMBER_OF";
// @ts-expect-error relation types are UPPER_SNAKE_CASE names of the vocabulary
const lower: Schemas["RelationType"] = "member_of";
const direction: NonNullable<paths["/api/entities/{id}/relationships"]["get"]["parameters"]["query"]>["direction"] = "outgoing";
const format: NonNullable<paths["/api/graph"]["get"]["parameters"]["query"]>["format"] = "cytoscape";

// Errors carry a machine-readable type to switch on.
export function explain(problem: Schemas["ProblemDetails"]): string {
  switch (problem.type) {
    case "/problems/not-found":
      return `missing: ${problem.detail}`;
    case "/problems/rate-limited":
      return "slow down";
    default:
      return `${problem.status} ${problem.title} (${problem.traceId})`;
  }
}

export function fieldErrors(problem: Schemas["HttpValidationProblemDetails"]): string[] {
  return Object.entries(problem.errors).flatMap(([field, messages]) => messages.map((m) => `${field}: ${m}`));
}

// Requests: only what the validators demand is required.
export const post: Schemas["CreateDocumentRequest"] = { text: "قازاقستان" };
export const query: Schemas["CypherRequest"] = { query: "MATCH (n) RETURN n LIMIT 1", parameters: { id: "oic", depth: 2, ids: ["a", "b"] } };
// @ts-expect-error a document needs its text
export const empty: Schemas["CreateDocumentRequest"] = { title: "no text" };

export const checks = { typed, everyOperationTyped, country, misspelt, member, lower, direction, format };
