import { describe, expect, it } from "vitest";
import { edgeElement, newParts, nodeElement, nodeLabel } from "../src/graph/elements";
import { styleOf, typeStyles, unknownTypeStyle } from "../src/graph/typeStyles";
import { describeProperties, formatValue, type Entity, type Fact } from "../src/model";

const kazakhstan: Entity = { id: "kazakhstan", type: "Country", name: "Kazakhstan", names: { "kk-Arab": "قازاقستان" }, aliases: [], properties: { iso2: "KZ", accession: 1995 } };
const oic: Entity = { id: "oic", type: "Organization", name: "OIC", names: {}, aliases: [], properties: {} };
const membership: Fact = { id: "m", type: "MEMBER_OF", source: "kazakhstan", target: "oic", properties: { since: "1992", sinceYear: 1992 }, evidence: [] };

describe("graph elements", () => {
  it("label an entity in English and tote", () => {
    expect(nodeLabel(kazakhstan)).toBe("Kazakhstan\nقازاقستان");
    expect(nodeLabel(oic)).toBe("OIC");
  });

  it("give each type its own colour and shape, and unknown types a neutral one", () => {
    const styles = Object.values(typeStyles);
    expect(new Set(styles.map((s) => s.color)).size).toBe(styles.length);
    expect(new Set(styles.map((s) => s.shape)).size).toBe(styles.length);
    expect(styleOf("Spaceship")).toBe(unknownTypeStyle);
    expect(nodeElement(kazakhstan, { x: 1, y: 2 })).toMatchObject({ data: { id: "kazakhstan", type: "Country", shape: "ellipse" }, position: { x: 1, y: 2 } });
  });

  it("carry the relation type as the edge's label", () => {
    expect(edgeElement(membership).data).toMatchObject({ source: "kazakhstan", target: "oic", label: "MEMBER_OF" });
  });

  it("add on expansion only what is new, and only edges with both ends drawn", () => {
    const dangling: Fact = { ...membership, id: "d", source: "oic", target: "elsewhere" };
    const parts = newParts({ nodes: [kazakhstan, oic], edges: [membership, dangling], truncated: false }, new Set(["kazakhstan"]), new Set());
    expect(parts.nodes.map((n) => n.id)).toEqual(["oic"]);
    expect(parts.edges.map((e) => e.id)).toEqual(["m"]);
    expect(newParts({ nodes: [oic], edges: [membership], truncated: false }, new Set(["kazakhstan", "oic"]), new Set(["m"])).edges).toEqual([]);
  });
});

describe("values", () => {
  it("show typed property values as text", () => {
    expect(formatValue(1992)).toBe("1992");
    expect(formatValue(false)).toBe("false");
    expect(formatValue(["kk", "ru"])).toBe("kk, ru");
    expect(formatValue(null)).toBe("");
    expect(describeProperties({ since: 1992, role: "member" })).toBe("since 1992, role member");
  });
});
