"use client";
/** An admin's review of a draft: the word diff against the published text, a publication note, and Publish. */
import { WordDiffView } from "@/components/editor/word-diff-view";
import type { BlockDiff } from "@/lib/editing/word-diff";

const input = "w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900";
const primary = "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";

type Props = { draftVersion: number; revision: number; review: BlockDiff[]; note: string; onNote: (note: string) => void; busy: boolean; dirty: boolean; onPublish: () => void };

export function ReviewPanel({ draftVersion, revision, review, note, onNote, busy, dirty, onPublish }: Props) {
  return (
    <section aria-labelledby="review-heading" className="rounded border border-slate-300 p-3 dark:border-slate-700">
      <h2 id="review-heading" className="text-xl font-semibold">
        Review draft version {draftVersion}
      </h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Changes from the published text (revision {revision}):</p>
      <div className="mt-2">
        <WordDiffView diff={review} />
      </div>
      <label className="mt-3 block">
        Publication note
        <textarea className={input} value={note} maxLength={2000} onChange={(e) => onNote(e.target.value)} />
      </label>
      <button type="button" className={`${primary} mt-2`} disabled={busy || note.trim() === "" || dirty} onClick={onPublish}>
        Publish
      </button>
      {dirty ? <p className="mt-1 text-sm">Save your own changes first: publishing publishes the saved draft.</p> : null}
    </section>
  );
}
