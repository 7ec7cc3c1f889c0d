import { filterQuery, type BlockFilter } from "@/lib/explore/block-filter";

/** Download links for the list on screen, carrying the same filters. */
export function ExportLinks({ filter, count, query }: { filter: BlockFilter; count: number; query?: string }) {
  const extra = (format: string): Record<string, string> => (query ? { q: query, format } : { format });
  return (
    <p className="no-print flex flex-wrap gap-3 text-sm">
      <span className="text-slate-600 dark:text-slate-400">Download these {count} passages:</span>
      <a href={`/api/v1/export${filterQuery(filter, extra("csv"))}`} download>
        CSV
      </a>
      <a href={`/api/v1/export${filterQuery(filter, extra("json"))}`} download>
        JSON
      </a>
      <span className="text-slate-600 dark:text-slate-400">Cite them:</span>
      <a href={`/api/v1/export${filterQuery(filter, extra("ris"))}`} download>
        RIS<span className="sr-only"> (reference managers)</span>
      </a>
      <a href={`/api/v1/export${filterQuery(filter, extra("csl-json"))}`} download>
        CSL-JSON
      </a>
    </p>
  );
}
