import { describe, expect, it } from "vitest";
import { disagreementOf, filterStates, memberStateOf } from "../src/views/memberStates";
import { groupByYear, type TimelineItem } from "../src/views/timeline";
import type { Fact } from "../src/model";

const kazakhstan = memberStateOf({
  country: { id: "kazakhstan", type: "Country", name: "Kazakhstan", names: { en: "Kazakhstan", "kk-Arab": "قازاقستان", "kk-Cyrl": "Қазақстан", "kk-Latn": "Qazaqstan" }, aliases: [], properties: {} },
  status: "member",
  accession: "1995",
  claims: [
    { since: "1992", documentId: "oic-interview-mussinov", documentKind: "article", evidence: { documentId: "oic-interview-mussinov", start: 1452, end: 1657, text: "…", sentence: 12 } },
    { since: "1995", documentId: "reference-oic-member-states", documentKind: "reference", evidence: { documentId: "reference-oic-member-states", start: 3553, end: 3636, text: "…", sentence: 40 } },
  ],
  disagreement: true,
});
const afghanistan = memberStateOf({
  country: { id: "afghanistan", type: "Country", name: "Afghanistan", names: { "kk-Cyrl": "Ауғанстан" }, aliases: ["Афғанстан"], properties: {} },
  status: "member",
  accession: "1969",
  claims: [{ since: "1969", documentId: "reference-oic-member-states", documentKind: "reference", evidence: {} }],
  disagreement: false,
});

describe("member states", () => {
  it("say a disagreement as the years the sources give", () => {
    expect(disagreementOf(kazakhstan)).toBe("1992 vs 1995");
    expect(disagreementOf(afghanistan)).toBe("");
  });

  it("filter by a name in any script and by disagreement", () => {
    expect(filterStates([kazakhstan, afghanistan], { text: "қазақ", onlyDisagreements: false })).toEqual([kazakhstan]);
    expect(filterStates([kazakhstan, afghanistan], { text: "قازاق", onlyDisagreements: false })).toEqual([kazakhstan]);
    expect(filterStates([kazakhstan, afghanistan], { text: "афғ", onlyDisagreements: false })).toEqual([afghanistan]);
    expect(filterStates([kazakhstan, afghanistan], { text: "", onlyDisagreements: true })).toEqual([kazakhstan]);
    expect(filterStates([kazakhstan, afghanistan], { text: " ", onlyDisagreements: false })).toHaveLength(2);
  });

  it("keep the evidence offsets of every claim", () => {
    expect(kazakhstan.claims.map((c) => [c.evidence.documentId, c.evidence.start, c.evidence.end])).toEqual([
      ["oic-interview-mussinov", 1452, 1657],
      ["reference-oic-member-states", 3553, 3636],
    ]);
  });
});

describe("timeline", () => {
  const fact: Fact = { id: "f", type: "OCCURRED_ON", source: "a", target: "b", properties: {}, evidence: [] };
  const item = (date: string): TimelineItem => ({ date, kind: "fact", title: date, entities: [], fact });

  it("groups by year in numeric order, intervals under their start and undated last", () => {
    const groups = groupByYear([item("2011"), item("1969"), item("2014/2016"), item("2011-06-28"), item("soon"), item("992")]);
    expect(groups.map(([year, items]) => [year, items.map((i) => i.date)])).toEqual([
      ["992", ["992"]],
      ["1969", ["1969"]],
      ["2011", ["2011", "2011-06-28"]],
      ["2014", ["2014/2016"]],
      ["undated", ["soon"]],
    ]);
  });
});
