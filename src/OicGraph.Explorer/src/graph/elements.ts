import type { ElementDefinition } from "cytoscape";
import type { Edge, Graph, Node } from "../model";
import { type Point } from "./layout";
import { styleOf } from "./typeStyles";

/** The label under an entity: its English name, and its tote name when that differs. */
export function nodeLabel(entity: Node): string {
  const arabic = entity.names["kk-Arab"];
  return arabic && arabic !== entity.name ? `${entity.name}\n${arabic}` : entity.name;
}

export function nodeElement(entity: Node, position: Point | undefined): ElementDefinition {
  const style = styleOf(entity.type);
  return {
    group: "nodes",
    data: { id: entity.id, label: nodeLabel(entity), type: entity.type, color: style.color, shape: style.shape },
    ...(position ? { position: { ...position } } : {}),
  };
}

export function edgeElement(fact: Edge): ElementDefinition {
  return { group: "edges", data: { id: fact.id, source: fact.source, target: fact.target, type: fact.type, label: fact.type } };
}

/** Only the parts of a graph not yet drawn, and only edges whose two ends will be drawn. */
export function newParts(graph: Graph, drawnNodes: ReadonlySet<string>, drawnEdges: ReadonlySet<string>): Graph {
  const nodes = graph.nodes.filter((n) => !drawnNodes.has(n.id));
  const ends = new Set([...drawnNodes, ...nodes.map((n) => n.id)]);
  const edges = graph.edges.filter((e) => !drawnEdges.has(e.id) && ends.has(e.source) && ends.has(e.target));
  return { nodes, edges, truncated: graph.truncated };
}
