/**
 * Paging of long lists (the recommendations explorer, theme pages): a page number from the URL,
 * read with zod and clamped, and the slice it shows. Pages are addressed as ?page=N so any view
 * can be shared; page 1 has no parameter.
 */
import { z } from "zod";

export const PAGE_SIZE = 50;

export type Page<T> = { items: T[]; page: number; pages: number; total: number; first: number; last: number };

const pageParam = z.coerce.number().int().min(1).max(10_000);

/** The page a raw `page` parameter asks for: 1 when it is missing or not a whole number, the last page when it is past the end. */
export function pageOf<T>(items: readonly T[], raw: unknown, size = PAGE_SIZE): Page<T> {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const asked = pageParam.safeParse(typeof raw === "string" ? raw : undefined);
  const page = Math.min(asked.success ? asked.data : 1, pages);
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page, pages, total: items.length, first: slice.length ? start + 1 : 0, last: start + slice.length };
}

/** Whether the raw parameter named a page that does not exist as written (so the page can say so). */
export function pageParamProblem(raw: unknown): boolean {
  return raw !== undefined && !pageParam.safeParse(raw).success;
}

/** The page numbers a pager shows: the first, the last, and the current one with its neighbours; null marks a gap. */
export function pagerWindow(page: number, pages: number): (number | null)[] {
  const wanted = new Set([1, pages, page - 1, page, page + 1].filter((n) => n >= 1 && n <= pages));
  const sorted = [...wanted].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out[out.length - 1];
    if (typeof previous === "number" && n - previous > 1) out.push(null);
    out.push(n);
  }
  return out;
}
