import type { Block } from "@/lib/ingest/schema";
import type { ChapterEdits } from "@/lib/db/chapters/dto";
import { InlineText } from "./inline-text";

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/**
 * Says honestly that a part changed since the 2013 book: when it was last updated, and the
 * printed text of each passage the editors changed (or that they added).
 */
export function EditNotice({ part, blocks, edits }: { part: string; blocks: Block[]; edits: ChapterEdits }) {
  const updated = edits.parts[part];
  if (!updated) return null;
  const changed = blocks.filter((b) => b.id in edits.originals);
  return (
    <div className="mb-4 rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-sm text-slate-800 dark:bg-amber-950/40 dark:text-slate-200">
      <p>
        Last updated by the portal editors on <time dateTime={updated}>{dateFormat.format(new Date(updated))}</time>. This part differs from the 2013 publication.
      </p>
      {changed.length > 0 ? (
        <details className="mt-1">
          <summary className="cursor-pointer font-medium">Show the original 2013 text of the {changed.length === 1 ? "changed passage" : `${changed.length} changed passages`}</summary>
          <ul className="mt-2 space-y-2">
            {changed.map((b) => (
              <li key={b.id}>
                <span className="font-medium">{b.label ? `${b.label} ` : ""}</span>
                {edits.originals[b.id] ? <InlineText text={edits.originals[b.id]!} /> : <em>Added by the editors; not in the 2013 text.</em>}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
