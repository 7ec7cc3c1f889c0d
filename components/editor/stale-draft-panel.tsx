"use client";
/**
 * A draft started from an older revision of its part (an admin published or restored since):
 * both texts side by side, and the two ways forward, so the draft is never stranded: keep the
 * draft on top of the current revision (rebase), or throw it away (discard).
 */
import type { PartSnapshot } from "@/lib/editing/part-snapshot";

type Props = {
  draftRevision: number;
  revision: number;
  draft: PartSnapshot;
  published: PartSnapshot;
  busy: boolean;
  onRebase: () => void;
  onDiscard: () => void;
};
const button = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:hover:bg-slate-800";

export function StaleDraftPanel({ draftRevision, revision, draft, published, busy, onRebase, onDiscard }: Props) {
  const current = new Map(published.blocks.map((b) => [b.id, b.text]));
  const differing = draft.blocks.filter((b) => b.id === null || current.get(b.id) !== b.text);
  return (
    <section role="alert" aria-labelledby="stale-heading" className="rounded border-2 border-amber-600 p-3">
      <h2 id="stale-heading" className="text-lg font-semibold">
        This draft was started from an older version
      </h2>
      <p className="mt-1">
        The draft is based on revision {draftRevision}; the part has since been published or restored as revision {revision}. Compare the texts, then keep your draft
        on top of revision {revision}, or discard it. Nothing changes on the public page until an admin publishes.
      </p>
      {differing.length > 0 ? (
        <div className="mt-3 grid gap-3 md:grid-cols-2">
          <div>
            <h3 className="font-medium">The draft</h3>
            {differing.map((b, i) => (
              <p key={b.id ?? `new-${i}`} className="mt-1 rounded bg-slate-50 p-2 dark:bg-slate-900">
                {b.label} {b.text}
              </p>
            ))}
          </div>
          <div>
            <h3 className="font-medium">Revision {revision}, as published now</h3>
            {differing.map((b, i) => (
              <p key={b.id ?? `new-${i}`} className="mt-1 rounded bg-slate-50 p-2 dark:bg-slate-900">
                {(b.id && current.get(b.id)) ?? "(not in the published part)"}
              </p>
            ))}
          </div>
        </div>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className={button} disabled={busy} onClick={onRebase}>
          Keep my draft on top of revision {revision}
        </button>
        <button type="button" className={button} disabled={busy} onClick={onDiscard}>
          Discard the draft
        </button>
      </div>
    </section>
  );
}
