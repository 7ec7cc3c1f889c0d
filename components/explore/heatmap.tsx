import type { AgencyRef } from "@/lib/explore/corpus";

type Props = {
  caption: string;
  rows: { slug: string; label: string; href: string }[];
  agencies: AgencyRef[];
  counts: Map<string, Map<string, number>>;
  cellHref: (rowSlug: string, agencySlug: string) => string;
};

/** A sequential scale of five steps for counts; each step is a class in globals.css (.hm-1 … .hm-5). */
const STEPS = [
  { min: 1, max: 2 },
  { min: 3, max: 5 },
  { min: 6, max: 10 },
  { min: 11, max: 20 },
  { min: 21, max: Infinity },
];

export function heatStep(n: number): number {
  return n <= 0 ? 0 : STEPS.findIndex((s) => n <= s.max) + 1;
}

function columnLabel(a: AgencyRef): string {
  return a.acronym ?? a.title.replace(/^United Nations /, "UN ").split(" ").slice(0, 2).join(" ");
}

/**
 * Rows (themes) × agencies; each cell counts the passages and links to them. The column
 * headers are set vertically, so 28 columns fit a laptop screen and no name breaks mid-word;
 * on a phone the table scrolls in its own region. Row and column headers name every cell.
 */
export function Heatmap({ caption, rows, agencies, counts, cellHref }: Props) {
  return (
    <figure>
      <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        <table className="heatmap">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="hm-corner">
                Theme
              </th>
              {agencies.map((a) => (
                <th key={a.slug} scope="col" className="hm-col">
                  <a href={`/agencies/${a.slug}`} title={a.title}>
                    {columnLabel(a)}
                  </a>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.slug}>
                <th scope="row" className="hm-row">
                  <a href={row.href}>{row.label}</a>
                </th>
                {agencies.map((a) => {
                  const n = counts.get(a.slug)?.get(row.slug) ?? 0;
                  return (
                    <td key={a.slug} className={`hm-${heatStep(n)}`}>
                      {n > 0 ? <a href={cellHref(row.slug, a.slug)}>{n}</a> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <figcaption className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
        <span>Passages:</span>
        <span className="flex items-center gap-1">
          <span className="hm-swatch hm-0" aria-hidden="true" />
          none
        </span>
        {STEPS.map((s, i) => (
          <span key={s.min} className="flex items-center gap-1">
            <span className={`hm-swatch hm-${i + 1}`} aria-hidden="true" />
            {s.max === Infinity ? `${s.min} or more` : `${s.min}–${s.max}`}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
