import { InlineText } from "./inline-text";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

export type ChangedPassage = { key: string; label: string | null; original: string };

/**
 * Says honestly that a part (or the notes) changed since the 2013 book: when it was last updated,
 * and the printed text of each passage the editors changed ("" for one they added).
 */
export function EditNotice({ updated, changed, what = "part" }: { updated: string | undefined; changed: ChangedPassage[]; what?: "part" | "list of notes" }) {
  if (!updated) return null;
  return (
    <div className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-slate-800 dark:bg-amber-950/40 dark:text-slate-200">
      <p>
        Last updated by the portal editors on <time dateTime={updated}>{dateFormat.format(new Date(updated))}</time>. This {what} differs from the 2013 publication.
      </p>
      {changed.length > 0 ? (
        <details className="mt-1">
          <summary className="cursor-pointer font-medium">Show the original 2013 text of the {changed.length === 1 ? "changed passage" : `${changed.length} changed passages`}</summary>
          <ul className="mt-2 space-y-2">
            {changed.map((c) => (
              <li key={c.key}>
                <span className="font-medium">{c.label ? `${c.label} ` : ""}</span>
                {c.original ? <InlineText text={c.original} /> : <em>Added by the editors; not in the 2013 text.</em>}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
