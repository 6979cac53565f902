import { describe, expect, it } from "vitest";
import { placeAround, radialLayout, type Point } from "../src/graph/layout";

const distance = (a: Point, b: Point) => Math.hypot(a.x - b.x, a.y - b.y);

describe("radial layout", () => {
  const nodes = ["kazakhstan", "oic", "astana", "almaty", "saudi-arabia", "jeddah", "lonely"];
  const edges = [
    { source: "kazakhstan", target: "oic" },
    { source: "astana", target: "kazakhstan" },
    { source: "almaty", target: "kazakhstan" },
    { source: "saudi-arabia", target: "oic" },
    { source: "jeddah", target: "saudi-arabia" },
  ];

  it("puts the root in the centre and each entity on the ring of its hop distance", () => {
    const positions = radialLayout("kazakhstan", nodes, edges, { ringGap: 100, spacing: 10 });
    expect(positions.get("kazakhstan")).toEqual({ x: 0, y: 0 });
    const origin = { x: 0, y: 0 };
    for (const id of ["oic", "astana", "almaty"]) expect(distance(positions.get(id)!, origin)).toBeCloseTo(100);
    expect(distance(positions.get("saudi-arabia")!, origin)).toBeCloseTo(200);
    expect(distance(positions.get("jeddah")!, origin)).toBeCloseTo(300);
  });

  it("places every entity, the unreached ones on a ring outside the rest", () => {
    const positions = radialLayout("kazakhstan", nodes, edges, { ringGap: 100, spacing: 10 });
    expect([...positions.keys()].sort()).toEqual([...nodes].sort());
    expect(distance(positions.get("lonely")!, { x: 0, y: 0 })).toBeGreaterThan(300);
  });

  it("is deterministic whatever order the API lists things in", () => {
    const a = radialLayout("kazakhstan", nodes, edges);
    const b = radialLayout("kazakhstan", [...nodes].reverse(), [...edges].reverse());
    for (const id of nodes) {
      expect(b.get(id)!.x).toBeCloseTo(a.get(id)!.x);
      expect(b.get(id)!.y).toBeCloseTo(a.get(id)!.y);
    }
  });

  it("gives a crowded ring room: no two of 200 leaves closer than the spacing allows", () => {
    const leaves = Array.from({ length: 200 }, (_, i) => `leaf-${i}`);
    const positions = radialLayout("hub", ["hub", ...leaves], leaves.map((leaf) => ({ source: "hub", target: leaf })), { spacing: 40 });
    const points = leaves.map((l) => positions.get(l)!);
    let closest = Infinity;
    for (let i = 0; i < points.length; i++) for (let j = i + 1; j < points.length; j++) closest = Math.min(closest, distance(points[i]!, points[j]!));
    expect(closest).toBeGreaterThan(30);
  });

  it("ignores edges to entities outside the graph and self-loops", () => {
    const positions = radialLayout("a", ["a", "b"], [{ source: "a", target: "b" }, { source: "a", target: "ghost" }, { source: "b", target: "b" }]);
    expect(positions.size).toBe(2);
  });
});

describe("placing entities around an expanded one", () => {
  it("places them outwards, away from the centre", () => {
    const anchor = { x: 300, y: 0 };
    const placed = placeAround(anchor, { x: 0, y: 0 }, 5, [anchor, { x: 0, y: 0 }]);
    expect(placed).toHaveLength(5);
    for (const p of placed) expect(p.x).toBeGreaterThan(anchor.x - 1);
  });

  it("keeps every new entity apart from those already drawn and from each other", () => {
    const occupied = Array.from({ length: 30 }, (_, i) => ({ x: 200 + 40 * Math.cos(i), y: 40 * Math.sin(i) }));
    const placed = placeAround({ x: 200, y: 0 }, { x: 0, y: 0 }, 40, occupied, { spacing: 40 });
    const all = [...occupied, ...placed];
    for (const p of placed) {
      const others = all.filter((q) => q !== p);
      expect(Math.min(...others.map((q) => distance(p, q)))).toBeGreaterThanOrEqual(36 - 1e-9);
    }
  });

  it("places nothing when nothing is new", () => {
    expect(placeAround({ x: 1, y: 1 }, { x: 0, y: 0 }, 0, [])).toEqual([]);
  });
});
