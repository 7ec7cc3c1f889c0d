import { filterQuery, type BlockFilter } from "@/lib/explore/block-filter";

/** Download links for the list on screen, carrying the same filters. */
export function ExportLinks({ filter, count }: { filter: BlockFilter; count: number }) {
  return (
    <p className="no-print flex flex-wrap gap-3 text-sm">
      <span className="text-slate-600 dark:text-slate-400">Download these {count} passages:</span>
      <a href={`/api/v1/export${filterQuery(filter, { format: "csv" })}`} download>
        CSV
      </a>
      <a href={`/api/v1/export${filterQuery(filter, { format: "json" })}`} download>
        JSON
      </a>
    </p>
  );
}
