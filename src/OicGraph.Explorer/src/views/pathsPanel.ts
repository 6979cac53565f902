import { api, ok } from "../api/client";
import type { App, ViewPanel } from "../app";
import { clear, h } from "../dom";
import { entity, remember } from "../entities";
import { GraphView } from "../graph/graphView";
import { describeProperties, type Entity, type Evidence, type Fact } from "../model";
import { typeChip } from "../panel/sidePanel";
import { defaultHops, hopChoices, type Hops, type Route } from "../route";
import { SearchBox } from "../search/searchBox";

interface PathHop {
  fact: Fact;
  forward: boolean;
}

interface Path {
  nodes: Entity[];
  hops: PathHop[];
}

/** Shortest paths between two entities, each hop with the words it was read from, listed and drawn. */
export class PathsPanel implements ViewPanel {
  readonly element: HTMLElement;
  private readonly from: SearchBox;
  private readonly to: SearchBox;
  private readonly maxDepth: HTMLSelectElement;
  private readonly results: HTMLElement;
  private readonly view: GraphView;
  private shown = "";

  constructor(private readonly app: App) {
    this.from = new SearchBox("From", "From: any name, any script", (e) => this.app.navigate({ from: e.id }));
    this.to = new SearchBox("To", "To: any name, any script", (e) => this.app.navigate({ to: e.id }));
    this.maxDepth = h("select", { "aria-label": "Longest path", onchange: () => this.app.navigate({ hops: Number(this.maxDepth.value) as Hops }) },
      ...hopChoices.map((d) => h("option", { value: d, selected: d === defaultHops }, `≤ ${d} hops`)));
    this.results = h("div", { class: "paths", "aria-live": "polite" });
    const canvas = h("div", { class: "graph-canvas paths-canvas", "data-testid": "paths-graph" });
    this.element = h("section", { class: "view paths-view" },
      h("div", { class: "toolbar" }, this.from.element, h("span", {}, "→"), this.to.element, this.maxDepth),
      canvas,
      this.results);
    this.view = new GraphView(canvas, { nodeTapped: (id) => this.app.selectEntity(id), edgeTapped: (id) => this.app.selectFact(id) });
  }

  get drawing(): GraphView {
    return this.view;
  }

  async show(route: Route): Promise<void> {
    const [from, to] = await Promise.all([route.from ? entity(route.from).catch(() => undefined) : undefined, route.to ? entity(route.to).catch(() => undefined) : undefined]);
    if (from) this.from.value = from.name;
    if (to) this.to.value = to.name;
    this.maxDepth.value = String(route.hops ?? defaultHops);
    const key = `${route.from}|${route.to}|${this.maxDepth.value}`;
    if (!route.from || !route.to) {
      clear(this.results);
      this.results.append(h("p", { class: "hint" }, "Choose two entities to see how the facts connect them."));
      return;
    }
    if (key === this.shown) return;
    this.shown = key;
    clear(this.results);
    this.results.append(h("p", { class: "hint" }, "Searching…"));
    const answer = await ok(api.GET("/api/paths", { params: { query: { from: route.from, to: route.to, maxDepth: Number(this.maxDepth.value), limit: 20 } } }));
    const paths: Path[] = answer.paths.map((p) => ({
      nodes: p.nodes,
      hops: p.hops.map((hop) => ({ fact: hop.relationship, forward: hop.forward })),
    }));
    paths.forEach((p) => remember(p.nodes));
    clear(this.results);
    if (paths.length === 0) {
      this.results.append(h("p", { class: "hint" }, `No path of at most ${this.maxDepth.value} hops joins them.`));
      this.view.cy.elements().remove();
      return;
    }
    this.results.append(
      h("p", { class: "summary" }, `${paths.length} shortest path${paths.length > 1 ? "s" : ""} of ${answer.length} hop${answer.length === 1 ? "" : "s"}.`),
      ...paths.map((p, i) => this.pathItem(p, i)));
    await this.draw(paths);
  }

  private pathItem(path: Path, index: number): HTMLElement {
    const steps: HTMLElement[] = [];
    path.nodes.forEach((node, i) => {
      steps.push(h("li", { class: "path-node" }, typeChip(node.type), h("a", { href: `?entity=${encodeURIComponent(node.id)}`, onclick: (e: Event) => { e.preventDefault(); this.app.selectEntity(node.id); } }, node.name)));
      const hop = path.hops[i];
      if (!hop) return;
      const properties = describeProperties(hop.fact.properties);
      const [first, ...more] = hop.fact.evidence;
      const quote = (evidence: Evidence) => [
        h("blockquote", { dir: "auto", class: /[\u0600-\u06FF]/.test(evidence.text) ? "tote" : "" }, evidence.text),
        h("cite", {}, `${evidence.documentId}, characters ${evidence.start}-${evidence.end}`),
      ];
      steps.push(h("li", { class: "path-hop", "data-fact": hop.fact.id },
        h("a", { href: `?edge=${encodeURIComponent(hop.fact.id)}`, onclick: (e: Event) => { e.preventDefault(); this.app.selectFact(hop.fact.id); } },
          hop.forward ? `${hop.fact.type} →` : `← ${hop.fact.type}`),
        properties ? h("span", { class: "props" }, ` (${properties})`) : null,
        ...(first ? quote(first) : []),
        more.length > 0
          ? h("details", { class: "more-evidence" }, h("summary", {}, `${more.length} more passage${more.length > 1 ? "s" : ""} stating it`), ...more.flatMap(quote))
          : null));
    });
    return h("ol", { class: "path", "aria-label": `Path ${index + 1}` }, ...steps);
  }

  /** Every path in its own row, left to right from the start, entities shared by several paths drawn once. */
  private async draw(paths: Path[]): Promise<void> {
    const nodes = new Map<string, Entity>();
    const edges = new Map<string, Fact>();
    const positions = new Map<string, { x: number; y: number }>();
    paths.forEach((p, row) => p.nodes.forEach((n, column) => {
      nodes.set(n.id, n);
      if (!positions.has(n.id)) positions.set(n.id, { x: column * 200, y: row * 90 });
    }));
    paths.forEach((p) => p.hops.forEach((hop) => edges.set(hop.fact.id, hop.fact)));
    await this.view.showAt({ nodes: [...nodes.values()], edges: [...edges.values()], truncated: false }, positions);
  }
}
