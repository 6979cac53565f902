import { describe, expect, it } from "vitest";
import { ApiError, describeProblem, pointAt } from "../src/api/problem";
import { cellText, entityIdOf, factIdOf, hubOf, resultGraph } from "../src/views/cypherResult";

const mussinov = { kind: "node" as const, id: "n1", labels: ["Entity", "Person"], properties: { id: "askar-mussinov", name: "Askar Mussinov", name_kk_Arab: "اسقار مۇسينوۆ" } };
const oic = { kind: "node" as const, id: "n2", labels: ["Entity", "Organization"], properties: { id: "oic", name: "OIC" } };
const works = { kind: "relationship" as const, id: "r1", type: "WORKS_FOR", start: "n1", end: "n2", properties: { id: "askar-mussinov--works-for--oic" } };
const path = { kind: "path", nodes: [mussinov, oic], relationships: [works] };

describe("Cypher cells", () => {
  it.each([
    [null, "null"],
    [1992, "1992"],
    [true, "true"],
    ["قازاقستان", "قازاقستان"],
    [["a", 1], '["a",1]'],
    [mussinov, "(:Person Askar Mussinov)"],
    [works, "[:WORKS_FOR]"],
    [path, "(Askar Mussinov)-[:WORKS_FOR]->(OIC)"],
    [{ kind: "path", nodes: [oic, mussinov], relationships: [works] }, "(OIC)<-[:WORKS_FOR]-(Askar Mussinov)"],
  ])("shows %j as %s", (value, text) => {
    expect(cellText(value)).toBe(text);
  });
});

describe("Cypher graphs", () => {
  const graph = resultGraph({ nodes: [mussinov, oic, { kind: "node" as const, id: "n3", labels: ["Document"], properties: { title: "Interview" } }], relationships: [works, { kind: "relationship" as const, id: "r9", type: "X", start: "n1", end: "gone", properties: {} }] });

  it("draw nodes typed by their label and relationships between drawn nodes only", () => {
    expect(graph.nodes.map((n) => [n.id, n.type, n.name])).toEqual([["n1", "Person", "Askar Mussinov"], ["n2", "Organization", "OIC"], ["n3", "Document", "Interview"]]);
    expect(graph.nodes[0]!.names).toEqual({ "kk-Arab": "اسقار مۇسينوۆ" });
    expect(graph.edges.map((e) => [e.id, e.source, e.target])).toEqual([["r1", "n1", "n2"]]);
  });

  it("lead from drawn elements back to the entity and fact ids of the REST API", () => {
    expect(entityIdOf(graph, "n1")).toBe("askar-mussinov");
    expect(factIdOf(graph, "r1")).toBe("askar-mussinov--works-for--oic");
    expect(entityIdOf(graph, "missing")).toBeUndefined();
  });

  it("centre on the node most relationships touch", () => {
    expect(hubOf(graph)).toBe("n1");
    expect(hubOf({ nodes: [], edges: [], truncated: false })).toBeUndefined();
  });

  it("is empty for a result without graph elements", () => {
    expect(resultGraph({ nodes: [], relationships: [] })).toEqual({ nodes: [], edges: [], truncated: false });
  });

  it("do not take values that are not graph elements for nodes in cells", () => {
    expect(cellText({ kind: "node" })).toBe('{"kind":"node"}');
    expect(cellText({ kind: "path", nodes: "x" })).toBe('{"kind":"path","nodes":"x"}');
  });
});

describe("errors", () => {
  it("point at the line and column of a query", () => {
    expect(pointAt("MATCH (n:Country)\nRETURN n.name AS name ORDER", { line: 2, column: 28 })).toEqual({ line: "RETURN n.name AS name ORDER", caret: `${" ".repeat(27)}^` });
    expect(pointAt("MATCH (n)", { line: 3, column: 1 })).toBeUndefined();
    expect(pointAt("MATCH (n)", { line: 1, column: 99 })?.caret).toBe(`${" ".repeat(9)}^`);
  });

  it("read the position from the problem's line and column extensions", () => {
    const error = new ApiError(400, { title: "The Cypher query is not valid.", detail: "Line 2, column 28: Expected BY", line: 2, column: 28 });
    expect(error.position).toEqual({ line: 2, column: 28 });
    expect(new ApiError(404, { title: "Entity not found." }).position).toBeUndefined();
  });

  it("say every field's messages", () => {
    expect(describeProblem(400, { title: "One or more validation errors occurred.", errors: { q: ["'q' must not be empty."] } })).toBe("One or more validation errors occurred. q: 'q' must not be empty.");
    expect(describeProblem(503, {})).toBe("The server answered 503.");
  });
});
