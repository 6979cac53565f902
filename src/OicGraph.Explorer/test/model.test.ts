import { describe, expect, it } from "vitest";
import { describeProperties, shownProperties } from "../src/model";

describe("properties as the page shows them", () => {
  it("leave out a year kept beside the date it repeats", () => {
    expect(describeProperties({ since: "1992", sinceYear: 1992 })).toBe("since 1992");
    expect(describeProperties({ since: "1992-09", sinceYear: 1992, role: "member" })).toBe("since 1992-09, role member");
  });

  it("keep a year that disagrees with its date, and a year with no date beside it", () => {
    expect(describeProperties({ since: "1995", sinceYear: 1992 })).toBe("since 1995, sinceYear 1992");
    expect(describeProperties({ year: 2011 })).toBe("year 2011");
    expect(shownProperties({ accessionYear: 1969 })).toEqual([["accessionYear", 1969]]);
  });

  it("keep a Year key whose value is no number", () => {
    expect(shownProperties({ since: "1992", sinceYear: "unknown" })).toEqual([["since", "1992"], ["sinceYear", "unknown"]]);
  });
});
