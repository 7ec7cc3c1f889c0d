import Link from "next/link";
import type { AgencyRef } from "@/lib/explore/corpus";

type Props = {
  caption: string;
  rows: { slug: string; label: string; href: string }[];
  agencies: AgencyRef[];
  counts: Map<string, Map<string, number>>;
  cellHref: (rowSlug: string, agencySlug: string) => string;
};

function tone(n: number): string {
  if (n === 0) return "text-slate-400 dark:text-slate-600";
  if (n <= 2) return "bg-brand-50 text-slate-900 dark:bg-sky-950 dark:text-slate-100";
  if (n <= 5) return "bg-brand-100 text-slate-900 dark:bg-sky-900 dark:text-white";
  if (n <= 10) return "bg-sky-300 text-slate-900 dark:bg-sky-700 dark:text-white";
  return "bg-brand-700 text-white dark:bg-sky-500 dark:text-slate-950";
}

/** Rows (themes) × agencies; each cell counts the passages and links to them. */
export function Heatmap({ caption, rows, agencies, counts, cellHref }: Props) {
  return (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="border-collapse text-xs">
        <caption className="mb-2 text-left text-sm text-slate-600 dark:text-slate-400">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky left-0 bg-white p-1 text-left dark:bg-slate-950">
              Theme
            </th>
            {agencies.map((a) => (
              <th key={a.slug} scope="col" className="p-1 align-bottom font-medium">
                <Link href={`/agencies/${a.slug}`} className="block max-w-[3.5rem] break-words" title={a.title}>
                  {a.acronym ?? a.title.replace(/^United Nations /, "UN ").split(" ").slice(0, 2).join(" ")}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug}>
              <th scope="row" className="sticky left-0 min-w-[10rem] bg-white p-1 text-left font-medium dark:bg-slate-950">
                <Link href={row.href}>{row.label}</Link>
              </th>
              {agencies.map((a) => {
                const n = counts.get(a.slug)?.get(row.slug) ?? 0;
                return (
                  <td key={a.slug} className={`h-7 w-8 border border-white p-0 text-center tabular-nums dark:border-slate-950 ${tone(n)}`}>
                    {n === 0 ? (
                      <span aria-label={`${a.acronym ?? a.title}: none`}>·</span>
                    ) : (
                      <Link
                        href={cellHref(row.slug, a.slug)}
                        className="block h-full w-full py-1 text-inherit no-underline hover:underline dark:text-inherit"
                        aria-label={`${row.label}, ${a.acronym ?? a.title}: ${n} passages`}
                      >
                        {n}
                      </Link>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
