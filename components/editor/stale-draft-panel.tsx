"use client";
/**
 * A draft started from an older revision of its part (an admin published or restored since):
 * both texts side by side, and the two ways forward, so the draft is never stranded: keep the
 * draft on top of the current revision (rebase), or throw it away (discard).
 */
import type { PartSnapshot } from "@/lib/editing/part-snapshot";
import { TextsSideBySide } from "./texts-side-by-side";

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
      <TextsSideBySide
        pairs={differing.map((b, i) => ({ key: b.id ?? `new-${i}`, mine: `${b.label ?? ""} ${b.text}`, theirs: (b.id && current.get(b.id)) ?? "(not in the published part)" }))}
        mineTitle="The draft"
        theirsTitle={`Revision ${revision}, as published now`}
      />
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
