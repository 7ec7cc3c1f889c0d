import { env } from "@/lib/env";
import { filterQuery, type BlockFilter } from "@/lib/explore/block-filter";
import { ApiUrl } from "./api-url";

/** Download links for the list on screen, carrying the same filters, and the API call (`api`) that returns the same data. */
export function ExportLinks({ filter, count, query, api }: { filter: BlockFilter; count: number; query?: string; api?: string }) {
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
      {api ? <ApiUrl path={api} siteUrl={env.SITE_URL} /> : null}
    </p>
  );
}
