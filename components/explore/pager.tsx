import { pagerWindow, type Page } from "@/lib/explore/paging";

/** Previous, next and a few page numbers, as plain links (the page is in the URL, so it can be shared). */
export function Pager({ page, hrefFor, label }: { page: Page<unknown>; hrefFor: (page: number) => string; label: string }) {
  if (page.pages <= 1) return null;
  return (
    <nav aria-label={label} className="no-print mt-6 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
      {page.page > 1 ? (
        <a href={hrefFor(page.page - 1)} rel="prev">
          ← Previous
        </a>
      ) : null}
      <ul className="flex flex-wrap items-center gap-1">
        {pagerWindow(page.page, page.pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-500">
              …
            </li>
          ) : (
            <li key={n}>
              <a
                href={hrefFor(n)}
                aria-label={`Page ${n}`}
                aria-current={n === page.page ? "page" : undefined}
                className={`inline-flex min-h-8 min-w-8 items-center justify-center rounded px-2 ${n === page.page ? "bg-brand-700 font-semibold text-white no-underline dark:bg-sky-300 dark:text-slate-950" : ""}`}
              >
                {n}
              </a>
            </li>
          ),
        )}
      </ul>
      {page.page < page.pages ? (
        <a href={hrefFor(page.page + 1)} rel="next">
          Next →
        </a>
      ) : null}
      <span className="text-slate-600 dark:text-slate-400">
        {page.first}–{page.last} of {page.total}
      </span>
    </nav>
  );
}
