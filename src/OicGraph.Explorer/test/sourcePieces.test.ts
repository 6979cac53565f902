import { describe, expect, it } from "vitest";
import { sourcePieces, type Segment } from "../src/panel/sourcePieces";

// The interview's first words: a place, plain text, the news agency, plain text.
const segments: Segment[] = [
  { text: "استانا", entityId: "astana", type: "City" },
  { text: ". ", entityId: null, type: null },
  { text: "قازاقپارات", entityId: "kazinform", type: "Organization" },
  { text: " - ءسوز", entityId: null, type: null },
];
const text = segments.map((s) => s.text).join("");

describe("source pieces", () => {
  it("without evidence gives the segments back with their offsets", () => {
    const pieces = sourcePieces(segments, undefined);
    expect(pieces.map((p) => text.slice(p.start, p.end))).toEqual(segments.map((s) => s.text));
    expect(pieces.every((p) => !p.highlighted)).toBe(true);
    expect(pieces[0]).toMatchObject({ start: 0, end: 6, entityId: "astana", type: "City" });
  });

  it("marks exactly the evidence, cutting the segments it starts and ends in", () => {
    const start = text.indexOf("انا");
    const end = text.indexOf("پارات");
    const pieces = sourcePieces(segments, { start, end });
    const marked = pieces.filter((p) => p.highlighted);
    expect(marked.map((p) => text.slice(p.start, p.end)).join("")).toBe(text.slice(start, end));
    expect(marked[0]).toMatchObject({ start, entityId: "astana" });
    expect(marked.at(-1)).toMatchObject({ end, entityId: "kazinform" });
    expect(pieces.map((p) => text.slice(p.start, p.end)).join("")).toBe(text);
  });

  it("leaves no empty pieces when the evidence ends on a segment boundary", () => {
    const pieces = sourcePieces(segments, { start: 0, end: 6 });
    expect(pieces.every((p) => p.end > p.start)).toBe(true);
    expect(pieces.filter((p) => p.highlighted)).toEqual([{ start: 0, end: 6, entityId: "astana", type: "City", highlighted: true }]);
  });

  it("counts offsets in UTF-16 code units, as the API does", () => {
    const pieces = sourcePieces([{ text: "a😀b" }, { text: "c" }], { start: 1, end: 3 });
    expect(pieces.filter((p) => p.highlighted)).toEqual([{ start: 1, end: 3, highlighted: true }]);
  });
});
