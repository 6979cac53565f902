import type { Schemas } from "../api/client";
import type { Edge, Graph, Node } from "../model";

/** A node, relationship or path as the API returns them in a Cypher result's cells and graph. */
interface NodeValue {
  kind: "node";
  id: string;
  labels: string[];
  properties: Record<string, unknown>;
}

interface RelationshipValue {
  kind: "relationship";
  id: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, unknown>;
}

interface PathValue {
  kind: "path";
  nodes: NodeValue[];
  relationships: RelationshipValue[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNode(value: unknown): value is NodeValue {
  return isObject(value) && value.kind === "node" && typeof value.id === "string";
}

function isRelationship(value: unknown): value is RelationshipValue {
  return isObject(value) && value.kind === "relationship" && typeof value.id === "string";
}

function isPath(value: unknown): value is PathValue {
  return isObject(value) && value.kind === "path" && Array.isArray(value.nodes);
}

function nameOfNode(node: { id: string; properties: Record<string, unknown> }): string {
  const p = node.properties;
  const name = p.name ?? p.title ?? p.id;
  return typeof name === "string" || typeof name === "number" ? String(name) : node.id;
}

/** One cell as text: nodes as (:Label name), relationships as [:TYPE], paths as their chain, values as JSON. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "null";
  if (isNode(value)) return `(:${value.labels.filter((l) => l !== "Entity").join(":") || value.labels.join(":")} ${nameOfNode(value)})`;
  if (isRelationship(value)) return `[:${value.type}]`;
  if (isPath(value)) {
    const parts: string[] = [];
    value.nodes.forEach((node, i) => {
      parts.push(`(${nameOfNode(node)})`);
      const r = value.relationships[i];
      if (r) parts.push(r.start === node.id ? `-[:${r.type}]->` : `<-[:${r.type}]-`);
    });
    return parts.join("");
  }
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** The nodes and relationships of a result as a graph the page can draw; Documents keep their label as type. */
export function resultGraph(graph: Schemas["CypherGraph"]): Graph {
  const nodes: Node[] = graph.nodes.map((n) => ({
    id: n.id,
    type: n.labels.find((l) => l !== "Entity") ?? n.labels[0] ?? "",
    name: nameOfNode(n),
    names: Object.fromEntries(["en", "kk-Cyrl", "kk-Latn", "kk-Arab"].flatMap((key) => {
      const value = n.properties[`name_${key.replace("-", "_")}`];
      return typeof value === "string" ? [[key, value]] : [];
    })),
    properties: n.properties,
  }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges: Edge[] = graph.relationships.filter((r) => ids.has(r.start) && ids.has(r.end)).map((r) => ({
    id: r.id,
    type: r.type,
    source: r.start,
    target: r.end,
    properties: r.properties,
    evidence: [],
  }));
  return { nodes, edges, truncated: false };
}

/** The node most relationships touch, as the centre of the drawing. */
export function hubOf(graph: Graph): string | undefined {
  const degree = new Map<string, number>();
  for (const e of graph.edges) {
    degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
    degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
  }
  let best: string | undefined = graph.nodes[0]?.id;
  for (const [id, count] of degree) if (count > (degree.get(best ?? "") ?? 0)) best = id;
  return best;
}

/** The graph-model property a fact id is kept under, so a drawn relationship can open its fact in the panel. */
export function factIdOf(graph: Graph, relationshipId: string): string | undefined {
  const id = graph.edges.find((e) => e.id === relationshipId)?.properties.id;
  return typeof id === "string" ? id : undefined;
}

export function entityIdOf(graph: Graph, nodeId: string): string | undefined {
  const id = graph.nodes.find((n) => n.id === nodeId)?.properties.id;
  return typeof id === "string" ? id : undefined;
}
