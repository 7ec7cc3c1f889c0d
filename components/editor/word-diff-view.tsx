import type { BlockDiff } from "@/lib/editing/word-diff";

/** A readable word-level diff: removed words struck through in red, added words underlined in green. */
export function WordDiffView({ diff }: { diff: BlockDiff[] }) {
  if (diff.length === 0) return <p className="text-slate-600 dark:text-slate-400">No changes.</p>;
  return (
    <ol className="space-y-3">
      {diff.map((d, i) => (
        <li key={`${d.id ?? "new"}-${i}`} className="rounded border border-slate-200 p-2 dark:border-slate-800">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">
            {d.kind === "added" ? "Added block" : d.kind === "removed" ? "Deleted block" : `Changed block ${d.id ?? ""}`}
            {d.kind === "changed" && d.fields.length > 0 ? ` (${d.fields.join(", ")} changed)` : ""}
          </p>
          {d.kind === "added" ? (
            <p>
              <ins className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100">{`${d.after.label ? `${d.after.label} ` : ""}${d.after.text}`}</ins>
            </p>
          ) : d.kind === "removed" ? (
            <p>
              <del className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100">{`${d.before.label ? `${d.before.label} ` : ""}${d.before.text}`}</del>
            </p>
          ) : (
            <p>
              {d.words.map((w, j) =>
                w.added ? (
                  <ins key={j} className="bg-green-100 text-green-900 dark:bg-green-950 dark:text-green-100">
                    {w.value}
                  </ins>
                ) : w.removed ? (
                  <del key={j} className="bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-100">
                    {w.value}
                  </del>
                ) : (
                  <span key={j}>{w.value}</span>
                ),
              )}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
