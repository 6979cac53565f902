import type { GraphView } from "./graph/graphView";

/**
 * A read-only window onto the drawings, for browser tests and scripts: a canvas has no DOM to query, so this says
 * what each graph shows and where on the screen an element is, in CSS pixels of the page.
 */
export interface Automation {
  nodes(view: string): { id: string; type: string; x: number; y: number }[];
  edges(view: string): { id: string; type: string; source: string; target: string }[];
  /** Ids of the selected elements and the zoom level. */
  viewport(view: string): { selected: string[]; zoom: number } | undefined;
  /** Where on the page to click a node (its centre) or an edge (its midpoint). */
  screenPoint(view: string, id: string): { x: number; y: number } | undefined;
}

export function exposeAutomation(graphs: Record<string, GraphView>): void {
  const automation: Automation = {
    nodes: (view) => graphs[view]?.cy.nodes().map((n) => ({ id: n.id(), type: String(n.data("type")), ...n.position() })) ?? [],
    edges: (view) => graphs[view]?.cy.edges().map((e) => ({ id: e.id(), type: String(e.data("type")), source: e.source().id(), target: e.target().id() })) ?? [],
    viewport: (view) => {
      const cy = graphs[view]?.cy;
      return cy ? { selected: cy.elements(":selected").map((e) => e.id()), zoom: cy.zoom() } : undefined;
    },
    screenPoint: (view, id) => {
      const cy = graphs[view]?.cy;
      if (!cy) return undefined;
      const box = cy.container()!.getBoundingClientRect();
      const node = cy.nodes().getElementById(id);
      const edge = cy.edges().getElementById(id);
      const point = node.nonempty() ? node.renderedPosition() : edge.nonempty() ? edge.renderedMidpoint() : undefined;
      if (!point) return undefined;
      return { x: box.left + point.x, y: box.top + point.y };
    },
  };
  Object.defineProperty(window, "oicgraph", { value: Object.freeze(automation), configurable: false });
}
