import "@fontsource/noto-naskh-arabic/arabic-400.css";
import "@fontsource/noto-naskh-arabic/arabic-700.css";
import "./styles.css";
import type { App, RouteChange, ViewPanel } from "./app";
import { exposeAutomation } from "./automation";
import { h } from "./dom";
import type { GraphView } from "./graph/graphView";
import { neighbourhood } from "./neighbourhood";
import { SidePanel } from "./panel/sidePanel";
import { defaultEntity, formatRoute, parseRoute, type Route, type View } from "./route";
import { SearchBox } from "./search/searchBox";

// The first load asks for what it will show before the drawing code (Cytoscape.js, most of the script) has arrived,
// and fetches the Arabic-script font while it waits, so neither lands inside the drawing of the first view.
const firstRoute = parseRoute(location.search);
if (firstRoute.view === "graph") void neighbourhood(firstRoute.entity ?? defaultEntity, firstRoute.depth).catch(() => undefined);
for (const weight of ["400", "700"]) void document.fonts.load(`${weight} 16px "Noto Naskh Arabic"`, "قازاقستان").catch(() => undefined);

const tabs: readonly { view: View; label: string }[] = [
  { view: "graph", label: "Graph" },
  { view: "paths", label: "Paths" },
  { view: "members", label: "Member states" },
  { view: "timeline", label: "Timeline" },
  { view: "cypher", label: "Cypher" },
];

/**
 * Each view's code loads when the view is first shown: the member states and the timeline need no graph library,
 * and the graph view need not wait for the paths and Cypher views to be built.
 */
const viewModules: Record<View, (app: App, drawings: Record<string, GraphView>) => Promise<ViewPanel>> = {
  graph: async (app, drawings) => {
    const panel = new (await import("./views/graphPanel")).GraphPanel(app);
    drawings.graph = panel.drawing;
    return panel;
  },
  paths: async (app, drawings) => {
    const panel = new (await import("./views/pathsPanel")).PathsPanel(app);
    drawings.paths = panel.drawing;
    return panel;
  },
  cypher: async (app, drawings) => {
    const panel = new (await import("./views/cypherPanel")).CypherPanel(app);
    drawings.cypher = panel.drawing;
    return panel;
  },
  members: async (app) => new (await import("./views/membersPanel")).MembersPanel(app),
  timeline: async (app) => new (await import("./views/timelinePanel")).TimelinePanel(app),
};

class Explorer implements App {
  route: Route = firstRoute;
  private shownRoute: Route | undefined;
  private renders = 0;
  private readonly panel: SidePanel;
  private readonly views = new Map<View, Promise<ViewPanel>>();
  private readonly drawings: Record<string, GraphView> = {};
  private readonly main: HTMLElement;
  private readonly nav: HTMLElement;
  private readonly notice: HTMLElement;

  constructor(root: HTMLElement) {
    const aside = h("aside", { class: "side-panel", "aria-label": "Details", "data-testid": "side-panel" });
    this.panel = new SidePanel(aside, { selectEntity: (id) => this.selectEntity(id), selectFact: (id) => this.selectFact(id) });
    const search = new SearchBox("Search entities", "Search any name in any script: قازاقستان, Қазақстан, Kazakhstan…", (entity) =>
      this.navigate({ view: "graph", entity: entity.id, selected: { kind: "node", id: entity.id } }));
    this.nav = h("nav", { "aria-label": "Views" }, ...tabs.map((t) =>
      h("a", { href: formatRoute({ ...this.route, view: t.view }) || "?", "data-view": t.view, onclick: (e: Event) => { e.preventDefault(); this.navigate({ view: t.view }); } }, t.label)));
    this.notice = h("div", { class: "notice", role: "alert", hidden: true });
    this.main = h("main", {});
    root.append(
      h("header", { class: "top" },
        h("h1", {}, h("a", { href: "/" }, "OicGraph"), h("span", { class: "subtitle" }, " explorer")),
        search.element, this.nav,
        h("a", { class: "swagger", href: "/swagger" }, "API (Swagger)")),
      this.notice,
      h("div", { class: "body" }, this.main, aside));
    exposeAutomation(this.drawings);
    addEventListener("popstate", () => {
      this.route = parseRoute(location.search);
      void this.render();
    });
    addEventListener("keydown", (e) => {
      if (e.key === "/" && !(e.target instanceof HTMLInputElement || e.target instanceof HTMLTextAreaElement)) {
        e.preventDefault();
        search.input.focus();
      }
    });
  }

  navigate(change: RouteChange, options: { replace?: boolean } = {}): void {
    const next = { ...this.route, ...change } as Route;
    for (const key of Object.keys(change) as (keyof Route)[]) if (change[key] === undefined) delete next[key];
    // A new entity starts with nothing selected unless the change says what.
    if (change.entity !== undefined && change.entity !== this.route.entity && !("selected" in change)) delete next.selected;
    this.route = next;
    const url = formatRoute(next) || location.pathname;
    if (options.replace) history.replaceState(null, "", url);
    else history.pushState(null, "", url);
    void this.render();
  }

  selectEntity(id: string): void {
    this.navigate({ selected: { kind: "node", id }, ...(this.route.view === "timeline" ? { entity: id } : {}) });
  }

  selectFact(id: string): void {
    this.navigate({ selected: { kind: "edge", id } });
  }

  async render(): Promise<void> {
    const route = this.route;
    const previous = this.shownRoute;
    this.shownRoute = route;
    for (const link of this.nav.querySelectorAll<HTMLAnchorElement>("a")) {
      const view = link.dataset.view as View;
      link.href = formatRoute({ ...route, view }) || "?";
      if (view === route.view) link.setAttribute("aria-current", "page");
      else link.removeAttribute("aria-current");
    }
    this.notice.hidden = true;
    try {
      await Promise.all([this.showView(route, previous), this.showSelection(route, previous)]);
    } catch (error) {
      this.notice.textContent = error instanceof Error ? error.message : String(error);
      this.notice.hidden = false;
    }
  }

  private async showView(route: Route, previous: Route | undefined): Promise<void> {
    const render = ++this.renders;
    let loading = this.views.get(route.view);
    if (!loading) {
      loading = viewModules[route.view](this, this.drawings);
      loading.catch(() => this.views.delete(route.view));
      this.views.set(route.view, loading);
    }
    const view = await loading;
    // A newer route was shown while this view's code loaded: that render shows its own view.
    if (render !== this.renders) return;
    if (this.main.firstElementChild !== view.element) this.main.replaceChildren(view.element);
    await view.show(route, previous);
  }

  private async showSelection(route: Route, previous: Route | undefined): Promise<void> {
    const selected = route.selected;
    if (previous && previous.selected?.kind === selected?.kind && previous.selected?.id === selected?.id) return;
    try {
      if (!selected) this.panel.empty();
      else if (selected.kind === "node") await this.panel.showEntity(selected.id);
      else await this.panel.showFact(selected.id);
    } catch (error) {
      this.panel.showError(error instanceof Error ? error.message : String(error));
    }
  }
}

const explorer = new Explorer(document.getElementById("app")!);
await explorer.render();
performance.mark("oicgraph:ready");
document.body.dataset.ready = "true";
