/** The views of the page; the URL names one. */
export const views = ["graph", "paths", "members", "timeline", "cypher"] as const;
export type View = (typeof views)[number];

export type Selection = { kind: "node"; id: string } | { kind: "edge"; id: string };

/** Everything a shared link restores: the view, the entity, the depth, the selection and each view's inputs. */
export interface Route {
  view: View;
  entity?: string;
  depth: Depth;
  selected?: Selection;
  from?: string;
  to?: string;
  query?: string;
}

export type Depth = 1 | 2 | 3;

export const defaultRoute: Route = { view: "graph", depth: 1 };

/** Reads a route from a URL's query string; unknown or malformed values fall back to the defaults. */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const view = views.find((v) => v === params.get("view")) ?? defaultRoute.view;
  const depthValue = Number(params.get("depth"));
  const depth: Depth = depthValue === 2 || depthValue === 3 ? depthValue : 1;
  const route: Route = { view, depth };
  const text = (name: string) => {
    const value = params.get(name)?.trim();
    return value ? value : undefined;
  };
  const entity = text("entity");
  if (entity) route.entity = entity;
  const node = text("node");
  const edge = text("edge");
  if (edge) route.selected = { kind: "edge", id: edge };
  else if (node) route.selected = { kind: "node", id: node };
  const from = text("from");
  if (from) route.from = from;
  const to = text("to");
  if (to) route.to = to;
  const query = params.get("query");
  if (query?.trim()) route.query = query;
  return route;
}

/** The query string of a route, holding only what differs from the defaults, in a stable order. */
export function formatRoute(route: Route): string {
  const params = new URLSearchParams();
  if (route.view !== defaultRoute.view) params.set("view", route.view);
  if (route.entity) params.set("entity", route.entity);
  if (route.depth !== defaultRoute.depth) params.set("depth", String(route.depth));
  if (route.selected) params.set(route.selected.kind, route.selected.id);
  if (route.from) params.set("from", route.from);
  if (route.to) params.set("to", route.to);
  if (route.query) params.set("query", route.query);
  const text = params.toString();
  return text ? `?${text}` : "";
}
