import { describe, expect, it } from "vitest";
import { lineAndColumn, missingParameters, parametersOf, parseParameters } from "../src/views/cypherParameters";

describe("Cypher parameters", () => {
  it("read a JSON object, and an empty box as none", () => {
    expect(parseParameters('{"id": "kazakhstan", "years": [1992, 1995]}')).toEqual({ ok: true, values: { id: "kazakhstan", years: [1992, 1995] } });
    expect(parseParameters("  \n")).toEqual({ ok: true, values: {} });
  });

  it("point at the line and column of bad JSON", () => {
    const parsed = parseParameters('{\n  "id": "kazakhstan",\n}');
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.line).toBe(3);
    expect(parsed.column).toBe(1);
    expect(parsed.message).toMatch(/not valid JSON/);
  });

  it.each(['["kazakhstan"]', "42", "null", '"id"'])("refuse %s, which is no object", (text) => {
    const parsed = parseParameters(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/one JSON object/);
  });

  it("find the names a query uses, but not inside strings or comments", () => {
    expect(parametersOf("MATCH (n {id: $id})-[r]->(m) WHERE m.name = '$notOne' AND r.since >= $since // $comment\nRETURN $`odd name`, $id, $0")).toEqual(["id", "since", "odd name", "0"]);
    expect(parametersOf('RETURN "a \\" $quoted" /* $block */ + $ok')).toEqual(["ok"]);
  });

  it("say which names have no value", () => {
    expect(missingParameters("MATCH (n {id: $id}) WHERE n.x = $x RETURN n", { id: "oic" })).toEqual(["x"]);
    expect(missingParameters("RETURN 1", {})).toEqual([]);
  });

  it("count lines and columns from 1", () => {
    expect(lineAndColumn("ab\ncd", 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn("", 0)).toEqual({ line: 1, column: 1 });
  });
});
