import { describe, expect, it } from "vitest";
import { pageOf, pageParamProblem, pagerWindow } from "@/lib/explore/paging";

const items = Array.from({ length: 123 }, (_, i) => i + 1);

describe("paging", () => {
  it("slices the asked page and says which items it holds", () => {
    expect(pageOf(items, undefined, 50)).toMatchObject({ page: 1, pages: 3, total: 123, first: 1, last: 50 });
    const third = pageOf(items, "3", 50);
    expect(third).toMatchObject({ page: 3, first: 101, last: 123 });
    expect(third.items).toHaveLength(23);
  });

  it("reads hostile page parameters as page 1 or the last page, never as an empty or broken page", () => {
    for (const raw of ["0", "-2", "abc", "1.5", "", "1e9", ["2", "3"], "99999999999999999999"]) expect(pageOf(items, raw, 50).page).toBe(1);
    expect(pageOf(items, "9999", 50).page).toBe(3);
    expect(pageOf([], "4", 50)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0, items: [] });
    expect(pageParamProblem("abc")).toBe(true);
    expect(pageParamProblem("2")).toBe(false);
    expect(pageParamProblem(undefined)).toBe(false);
  });

  it("shows the first, the last and the current page's neighbours, with gaps", () => {
    expect(pagerWindow(1, 1)).toEqual([1]);
    expect(pagerWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pagerWindow(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pagerWindow(10, 10)).toEqual([1, null, 9, 10]);
  });
});
