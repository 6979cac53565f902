import type { App, ViewPanel } from "../app";
import { h } from "../dom";
import { remember } from "../entities";
import { GraphView } from "../graph/graphView";
import { typeStyles } from "../graph/typeStyles";
import { neighbourhood } from "../neighbourhood";
import { defaultEntity, type Depth, type Route } from "../route";


/** The neighbourhood of one entity, depth 1-3, growing in place when a node is clicked. */
export class GraphPanel implements ViewPanel {
  readonly element: HTMLElement;
  private readonly view: GraphView;
  private readonly status: HTMLElement;
  private readonly depth: HTMLSelectElement;
  private shown: { entity: string; depth: Depth } | undefined;
  private readonly expanded = new Set<string>();

  constructor(private readonly app: App) {
    const canvas = h("div", { class: "graph-canvas", "data-testid": "graph", role: "img", "aria-label": "Graph of the neighbourhood" });
    this.depth = h("select", { "aria-label": "Depth", onchange: () => this.app.navigate({ depth: Number(this.depth.value) as Depth }) },
      ...[1, 2, 3].map((d) => h("option", { value: d }, `${d} hop${d > 1 ? "s" : ""}`)));
    this.status = h("span", { class: "status", role: "status" });
    this.element = h("section", { class: "view graph-view" },
      h("div", { class: "toolbar" },
        h("label", {}, "Depth ", this.depth),
        h("button", { type: "button", onclick: () => this.view.fit(), title: "Fit the whole graph in view" }, "Fit"),
        h("button", { type: "button", onclick: () => this.view.zoomBy(1.25), "aria-label": "Zoom in" }, "+"),
        h("button", { type: "button", onclick: () => this.view.zoomBy(0.8), "aria-label": "Zoom out" }, "−"),
        this.status),
      canvas,
      legend());
    this.view = new GraphView(canvas, {
      nodeTapped: (id) => {
        this.app.selectEntity(id);
        void this.expand(id);
      },
      edgeTapped: (id) => this.app.selectFact(id),
    });
  }

  get drawing(): GraphView {
    return this.view;
  }

  async show(route: Route): Promise<void> {
    const entity = route.entity ?? defaultEntity;
    this.depth.value = String(route.depth);
    if (this.shown?.entity !== entity || this.shown.depth !== route.depth) {
      await this.load(entity, route.depth);
    }
    this.view.select(route.selected?.id);
  }

  private async load(entity: string, depth: Depth): Promise<void> {
    this.status.textContent = "Loading…";
    const response = await neighbourhood(entity, depth);
    performance.mark("oicgraph:neighbourhood-response");
    const graph = response;
    remember(graph.nodes);
    this.expanded.clear();
    this.expanded.add(entity);
    await this.view.show(graph, entity);
    performance.mark("oicgraph:neighbourhood-drawn");
    performance.measure("oicgraph:neighbourhood-draw", {
      start: "oicgraph:neighbourhood-response",
      end: "oicgraph:neighbourhood-drawn",
      detail: { entity, depth, nodes: graph.nodes.length, edges: graph.edges.length },
    });
    this.shown = { entity, depth };
    this.status.textContent = `${graph.nodes.length} entities, ${graph.edges.length} facts${graph.truncated ? " (cut short by the limit)" : ""}. Click an entity to expand it.`;
  }

  private async expand(id: string): Promise<void> {
    if (this.expanded.has(id)) return;
    this.expanded.add(id);
    const response = await neighbourhood(id, 1, 500);
    const graph = response;
    remember(graph.nodes);
    const added = this.view.expand(id, graph);
    this.status.textContent = added > 0 ? `Expanded ${id}: ${added} more entities.` : `Everything next to ${id} is already drawn.`;
  }
}

function legend(): HTMLElement {
  return h("ul", { class: "legend", "aria-label": "Entity types" },
    ...Object.entries(typeStyles).map(([type, style]) =>
      h("li", { "data-shape": style.shape }, h("span", { class: "swatch", style: `background: ${style.color}`, "data-shape": style.shape }), type)));
}
