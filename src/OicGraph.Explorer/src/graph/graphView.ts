import cytoscape, { type Core, type EdgeCollection, type EventObject, type StylesheetJson } from "cytoscape";
import type { Graph } from "../model";
import { edgeElement, newParts, nodeElement } from "./elements";
import { placeAround, radialLayout, type Point } from "./layout";

export interface GraphViewEvents {
  nodeTapped(id: string): void;
  edgeTapped(id: string): void;
}

const stylesheet: StylesheetJson = [
  {
    selector: "node",
    style: {
      "background-color": "data(color)",
      shape: "data(shape)" as never,
      label: "data(label)",
      width: 26,
      height: 26,
      "font-size": 11,
      "font-family": "Noto Naskh Arabic, DejaVu Sans, sans-serif",
      "text-wrap": "wrap",
      "text-valign": "bottom",
      "text-margin-y": 4,
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.75,
      "text-background-padding": "1px",
      "min-zoomed-font-size": 7,
      "border-width": 1,
      "border-color": "#ffffff",
    },
  },
  { selector: "node.root", style: { width: 40, height: 40, "border-width": 3, "border-color": "#222", "font-weight": "bold" } },
  { selector: "node:selected", style: { "border-width": 4, "border-color": "#111", "overlay-opacity": 0 } },
  {
    selector: "edge",
    style: {
      width: 1.4,
      "line-color": "#9aa3ad",
      "target-arrow-color": "#9aa3ad",
      "target-arrow-shape": "triangle",
      "arrow-scale": 0.8,
      // Straight lines draw several times faster than curves; only edges sharing both ends curve apart.
      "curve-style": "straight",
      label: "data(label)",
      "font-size": 8,
      color: "#475260",
      "text-rotation": "autorotate",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.8,
      "min-zoomed-font-size": 8,
    },
  },
  { selector: "edge.parallel", style: { "curve-style": "bezier" } },
  { selector: "edge:selected", style: { width: 3.5, "line-color": "#d9480f", "target-arrow-color": "#d9480f", color: "#d9480f", "overlay-opacity": 0 } },
];

/** A Cytoscape.js drawing of a neighbourhood that grows in place: expanding never moves what is already drawn. */
export class GraphView {
  readonly cy: Core;
  private rootId: string | undefined;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: stylesheet,
      layout: { name: "preset" },
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      selectionType: "single",
    });
    this.cy.on("tap", "node", (e: EventObject) => events.nodeTapped(e.target.id()));
    this.cy.on("tap", "edge", (e: EventObject) => events.edgeTapped(e.target.id()));
  }

  get root(): string | undefined {
    return this.rootId;
  }

  has(id: string): boolean {
    return this.cy.getElementById(id).nonempty();
  }

  /** Replaces the drawing with a neighbourhood around its root; resolves once the frame showing it is painted. */
  show(graph: Graph, rootId: string): Promise<void> {
    this.rootId = rootId;
    return this.showAt(graph, radialLayout(rootId, graph.nodes.map((n) => n.id), graph.edges));
  }

  /** Replaces the drawing with a graph at given positions; resolves once the frame showing it is painted. */
  showAt(graph: Graph, positions: ReadonlyMap<string, Point>): Promise<void> {
    const painted = this.painted();
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add([...graph.nodes.map((n) => nodeElement(n, positions.get(n.id))), ...graph.edges.map(edgeElement)]);
      if (this.rootId) this.cy.getElementById(this.rootId).addClass("root");
      markParallel(this.cy.edges());
    });
    this.cy.resize();
    this.fitPositions(positions);
    return painted;
  }

  /** Adds what a node's neighbourhood holds beyond the drawing, placed around that node; returns how many entities were new. */
  expand(anchorId: string, graph: Graph): number {
    const drawnNodes = new Set(this.cy.nodes().map((n) => n.id()));
    const drawnEdges = new Set(this.cy.edges().map((e) => e.id()));
    const fresh = newParts(graph, drawnNodes, drawnEdges);
    const anchor = this.cy.getElementById(anchorId);
    if (anchor.empty() || (fresh.nodes.length === 0 && fresh.edges.length === 0)) return 0;
    const centre = this.rootId ? this.cy.getElementById(this.rootId).position() : { x: 0, y: 0 };
    const occupied = this.cy.nodes().map((n) => ({ ...n.position() }) as Point);
    const slots = placeAround({ ...anchor.position() }, { ...centre }, fresh.nodes.length, occupied);
    this.cy.batch(() => {
      const added = this.cy.add([...fresh.nodes.map((n, i) => nodeElement(n, slots[i])), ...fresh.edges.map(edgeElement)]);
      markParallel(added.edges());
    });
    return fresh.nodes.length;
  }

  select(id: string | undefined): void {
    this.cy.elements(":selected").unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /**
   * Fits the view to where the entities are, known before drawing: Cytoscape's own fit would measure every label
   * first, which costs more than the whole drawing of a large neighbourhood.
   */
  private fitPositions(positions: ReadonlyMap<string, Point>): void {
    const points = [...positions.values()];
    if (points.length === 0) return;
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const margin = 60;
    const box = { x1: Math.min(...xs) - margin, x2: Math.max(...xs) + margin, y1: Math.min(...ys) - margin, y2: Math.max(...ys) + margin };
    const width = Math.max(this.cy.width(), 1);
    const height = Math.max(this.cy.height(), 1);
    const zoom = Math.min(Math.max(Math.min(width / (box.x2 - box.x1), height / (box.y2 - box.y1)), this.cy.minZoom()), 1.5);
    this.cy.viewport({ zoom, pan: { x: width / 2 - zoom * ((box.x1 + box.x2) / 2), y: height / 2 - zoom * ((box.y1 + box.y2) / 2) } });
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  zoomBy(factor: number): void {
    const { width, height } = { width: this.cy.width(), height: this.cy.height() };
    this.cy.zoom({ level: this.cy.zoom() * factor, renderedPosition: { x: width / 2, y: height / 2 } });
  }

  positionOf(id: string): Point | undefined {
    const element = this.cy.getElementById(id);
    return element.nonempty() && element.isNode() ? { ...element.position() } : undefined;
  }

  private painted(): Promise<void> {
    return new Promise((resolve) => this.cy.one("render", () => requestAnimationFrame(() => resolve())));
  }
}

/** Edges with a sibling between the same two entities (two sources' MEMBER_OF claims) curve apart; the rest stay straight. */
function markParallel(edges: EdgeCollection): void {
  edges.forEach((edge) => {
    const siblings = edge.parallelEdges();
    if (siblings.length > 1) siblings.addClass("parallel");
  });
}
