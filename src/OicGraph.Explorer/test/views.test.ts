import { describe, expect, it } from "vitest";
import { disagreementOf, filterStates, type MemberState } from "../src/views/memberStates";
import { groupByYear, type TimelineItem } from "../src/views/timeline";
import type { Fact } from "../src/model";

const evidence = (documentId: string, start: number, end: number) => ({ documentId, start, end, text: "…", sentence: 1 });
const kazakhstan: MemberState = {
  country: { id: "kazakhstan", type: "Country", name: "Kazakhstan", names: { en: "Kazakhstan", "kk-Arab": "قازاقستان", "kk-Cyrl": "Қазақстан", "kk-Latn": "Qazaqstan" }, aliases: [], properties: {} },
  status: "member",
  accession: 1995,
  claims: [
    { since: "1992", sinceYear: 1992, documentId: "oic-interview-mussinov", documentKind: "article", evidence: evidence("oic-interview-mussinov", 1452, 1657) },
    { since: "1995", sinceYear: 1995, documentId: "reference-oic-member-states", documentKind: "reference", evidence: evidence("reference-oic-member-states", 3553, 3636) },
  ],
  disagreement: true,
};
const afghanistan: MemberState = {
  country: { id: "afghanistan", type: "Country", name: "Afghanistan", names: { "kk-Cyrl": "Ауғанстан" }, aliases: ["Афғанстан"], properties: {} },
  status: "member",
  accession: 1969,
  claims: [
    { since: "1969", sinceYear: 1969, documentId: "reference-oic-member-states", documentKind: "reference", evidence: evidence("reference-oic-member-states", 59, 156) },
    { since: null, sinceYear: null, documentId: "some-article", documentKind: "article", evidence: evidence("some-article", 1, 2) },
  ],
  disagreement: false,
};

describe("member states", () => {
  it("say a disagreement as the years the sources give, in order, ignoring claims without a year", () => {
    expect(disagreementOf(kazakhstan)).toBe("1992 vs 1995");
    expect(disagreementOf({ ...kazakhstan, claims: [...kazakhstan.claims].reverse() })).toBe("1992 vs 1995");
    expect(disagreementOf(afghanistan)).toBe("");
  });

  it("filter by a name in any script and by disagreement", () => {
    expect(filterStates([kazakhstan, afghanistan], { text: "қазақ", onlyDisagreements: false })).toEqual([kazakhstan]);
    expect(filterStates([kazakhstan, afghanistan], { text: "قازاق", onlyDisagreements: false })).toEqual([kazakhstan]);
    expect(filterStates([kazakhstan, afghanistan], { text: "афғ", onlyDisagreements: false })).toEqual([afghanistan]);
    expect(filterStates([kazakhstan, afghanistan], { text: "", onlyDisagreements: true })).toEqual([kazakhstan]);
    expect(filterStates([kazakhstan, afghanistan], { text: " ", onlyDisagreements: false })).toHaveLength(2);
  });
});

describe("timeline", () => {
  const fact: Fact = { id: "f", type: "OCCURRED_ON", source: "a", target: "b", properties: {}, evidence: [] };
  const item = (date: string, year: number | null): TimelineItem => ({ date, year, kind: "fact", title: date, entities: [], relationship: fact });

  it("groups by the API's year in numeric order, undated last", () => {
    const groups = groupByYear([item("2011", 2011), item("1969", 1969), item("2014/2016", 2014), item("2011-06-28", 2011), item("soon", null), item("0992", 992)]);
    expect(groups.map(([year, items]) => [year, items.map((i) => i.date)])).toEqual([
      ["992", ["0992"]],
      ["1969", ["1969"]],
      ["2011", ["2011", "2011-06-28"]],
      ["2014", ["2014/2016"]],
      ["undated", ["soon"]],
    ]);
  });
});
