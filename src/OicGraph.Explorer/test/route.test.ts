import { describe, expect, it } from "vitest";
import { defaultRoute, formatRoute, parseRoute } from "../src/route";

describe("routes in the URL", () => {
  it.each([
    ["", defaultRoute],
    ["?entity=kazakhstan", { view: "graph", depth: 1, entity: "kazakhstan" }],
    ["?entity=kazakhstan&depth=2&edge=kazakhstan--member-of--oic", { view: "graph", depth: 2, entity: "kazakhstan", selected: { kind: "edge", id: "kazakhstan--member-of--oic" } }],
    ["?view=paths&from=askar-mussinov&to=saudi-arabia", { view: "paths", depth: 1, from: "askar-mussinov", to: "saudi-arabia" }],
    ["?view=cypher&query=MATCH+(n)+RETURN+n", { view: "cypher", depth: 1, query: "MATCH (n) RETURN n" }],
    ["?view=cypher&query=RETURN+%24x&params=%7B%22x%22%3A1%7D", { view: "cypher", depth: 1, query: "RETURN $x", params: '{"x":1}' }],
    ["?view=paths&from=a&to=b&hops=6", { view: "paths", depth: 1, from: "a", to: "b", hops: 6 }],
    ["?view=timeline&entity=kazakhstan&since=1990&until=2000-06&only=1", { view: "timeline", depth: 1, entity: "kazakhstan", since: "1990", until: "2000-06", only: true }],
    ["?view=members&filter=%D2%9A%D0%B0%D0%B7&disagreements=1", { view: "members", depth: 1, filter: "Қаз", disagreements: true }],
  ])("reads %s", (search, route) => {
    expect(parseRoute(search)).toEqual(route);
  });

  it.each(["?view=nonsense", "?depth=7", "?depth=x", "?entity=%20%20", "?hops=9", "?hops=4", "?only=yes", "?disagreements=true"])("falls back to the defaults on %s", (search) => {
    expect(parseRoute(search)).toEqual(defaultRoute);
  });

  it("prefers the edge when a link names both a node and an edge", () => {
    expect(parseRoute("?node=a&edge=b").selected).toEqual({ kind: "edge", id: "b" });
  });

  it("writes only what differs from the defaults, and reads back what it wrote", () => {
    expect(formatRoute(defaultRoute)).toBe("");
    const route = parseRoute("?view=cypher&entity=kazakhstan&depth=3&node=oic&query=MATCH%20(n)%0ARETURN%20n&params=%7B%7D&hops=2&since=1992&until=1995&only=1&filter=x&disagreements=1");
    expect(parseRoute(formatRoute(route))).toEqual(route);
    expect(route.query).toBe("MATCH (n)\nRETURN n");
  });

  it("keeps Arabic-script and Cyrillic ids intact", () => {
    const route = { ...defaultRoute, entity: "قازاقستان", from: "Қазақстан" };
    expect(parseRoute(formatRoute(route))).toEqual(route);
  });
});
