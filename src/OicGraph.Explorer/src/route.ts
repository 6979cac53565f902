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
  /** Paths: the two ends and the longest path looked for. */
  from?: string;
  to?: string;
  hops?: Hops;
  /** Cypher: the query and its $parameters as the JSON text typed. */
  query?: string;
  params?: string;
  /** Timeline: the range of dates (as the API takes them: YYYY, YYYY-MM, YYYY-MM-DD) and whether only the entity's. */
  since?: string;
  until?: string;
  only?: boolean;
  /** Member states: the name filter and whether only disagreements. */
  filter?: string;
  disagreements?: boolean;
}

export type Depth = 1 | 2 | 3;
export const hopChoices = [2, 3, 4, 5, 6] as const;
export type Hops = (typeof hopChoices)[number];
export const defaultHops: Hops = 4;

export const defaultRoute: Route = { view: "graph", depth: 1 };

/** The graph view shows this entity when the URL names none: the organisation the graph is about. */
export const defaultEntity = "oic";

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
  const hops = Number(params.get("hops"));
  const knownHops = hopChoices.find((h) => h === hops);
  if (knownHops !== undefined && knownHops !== defaultHops) route.hops = knownHops;
  const query = params.get("query");
  if (query?.trim()) route.query = query;
  const parameters = params.get("params");
  if (parameters?.trim()) route.params = parameters;
  const since = text("since");
  if (since) route.since = since;
  const until = text("until");
  if (until) route.until = until;
  if (params.get("only") === "1") route.only = true;
  const filter = text("filter");
  if (filter) route.filter = filter;
  if (params.get("disagreements") === "1") route.disagreements = true;
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
  if (route.hops !== undefined && route.hops !== defaultHops) params.set("hops", String(route.hops));
  if (route.query) params.set("query", route.query);
  if (route.params) params.set("params", route.params);
  if (route.since) params.set("since", route.since);
  if (route.until) params.set("until", route.until);
  if (route.only) params.set("only", "1");
  if (route.filter) params.set("filter", route.filter);
  if (route.disagreements) params.set("disagreements", "1");
  const text = params.toString();
  return text ? `?${text}` : "";
}
