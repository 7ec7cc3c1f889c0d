"use client";
/**
 * A save refused because someone saved first: the message, both texts of the passages that differ,
 * and the way forward (reload onto a newer revision, or keep mine over their draft after checking).
 */
import type { PartSnapshot, SnapshotBlock } from "@/lib/editing/part-snapshot";
import { TextsSideBySide } from "./texts-side-by-side";

export type Conflict = { message: string; theirs: PartSnapshot | null; theirVersion: number | null; stale: boolean };
const button = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:hover:bg-slate-800";

export function ConflictPanel({ conflict, blocks, onKeepMine }: { conflict: Conflict; blocks: (SnapshotBlock & { key: string })[]; onKeepMine: () => void }) {
  const theirsById = new Map((conflict.theirs?.blocks ?? []).map((b) => [b.id, b]));
  const pairs = blocks
    .filter((b) => theirsById.get(b.id)?.text !== b.text)
    .map((b) => ({ key: b.key, mine: `${b.label ?? ""} ${b.text}`, theirs: theirsById.get(b.id)?.text ?? "(not in their version)" }));
  return (
    <section role="alert" aria-labelledby="conflict-heading" className="rounded border-2 border-red-600 p-3">
      <h2 id="conflict-heading" className="text-lg font-semibold">
        Not saved: someone else saved first
      </h2>
      <p className="mt-1">{conflict.message}</p>
      <p className="mt-1">Nothing was overwritten. Your text stays in the form below and in this browser.</p>
      <TextsSideBySide pairs={pairs} mineTitle="Your text" theirsTitle="Their saved text" />
      <div className="mt-3 flex flex-wrap gap-2">
        {conflict.stale ? (
          <button type="button" className={button} onClick={() => window.location.reload()}>
            Reload the part (your text is offered back)
          </button>
        ) : (
          <button type="button" className={button} onClick={onKeepMine}>
            Save mine over theirs (after checking both)
          </button>
        )}
      </div>
    </section>
  );
}
