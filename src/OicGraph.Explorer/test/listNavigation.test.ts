import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce, nextActive } from "../src/search/listNavigation";

describe("moving through the search hits with the keyboard", () => {
  it.each([
    [-1, 5, "ArrowDown", 0],
    [0, 5, "ArrowDown", 1],
    [4, 5, "ArrowDown", 0],
    [0, 5, "ArrowUp", 4],
    [3, 5, "ArrowUp", 2],
    [-1, 5, "ArrowUp", 4],
    [3, 5, "Home", 0],
    [1, 5, "End", 4],
    [2, 0, "ArrowDown", -1],
    [7, 3, "a", 2],
  ])("from %i of %i, %s goes to %i", (active, count, key, expected) => {
    expect(nextActive(active, count, key)).toBe(expected);
  });
});

describe("debounce", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once, with the last input, after the input is quiet", () => {
    const seen: string[] = [];
    const typed = debounce((text: string) => seen.push(text), 100);
    typed("Қ");
    typed("Қаз");
    vi.advanceTimersByTime(99);
    expect(seen).toEqual([]);
    typed("Қазақстан");
    vi.advanceTimersByTime(100);
    expect(seen).toEqual(["Қазақстан"]);
  });
});
