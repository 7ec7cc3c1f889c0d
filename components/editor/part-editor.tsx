"use client";
/**
 * Editing one part: blocks (text, label, type, depth, tags) with add, delete and reorder,
 * a live preview, saving drafts through the API, and, for admins, review and publish.
 * Work is never lost: every change is backed up in this browser until a save succeeds, and a
 * conflicting save (someone saved first) shows both texts instead of overwriting anything.
 * The block fields, the conflict, stale-draft and review panels are components of their own; the
 * browser backup is a hook (use-draft-backup.ts) and the API calls a typed client (editor-api.ts).
 */
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BlockEditor, type EditBlock, type Option } from "@/components/editor/block-editor";
import { ConflictPanel, type Conflict } from "@/components/editor/conflict-panel";
import { conflictDetailsSchema } from "@/lib/editing/conflict-details";
import { editorApi } from "@/components/editor/editor-api";
import { ReviewPanel } from "@/components/editor/review-panel";
import { StaleDraftPanel } from "@/components/editor/stale-draft-panel";
import { useDraftBackup } from "@/components/editor/use-draft-backup";
import type { PartSnapshot, SnapshotBlock } from "@/lib/editing/part-snapshot";
import type { BlockDiff } from "@/lib/editing/word-diff";
import { utcMinute } from "@/lib/text/utc-time";

type Draft = { id: number; version: number; baseRevision: number; status: "draft" | "submitted"; content: PartSnapshot; note: string; updatedAt: string; updatedBy: string };
type Props = {
  slug: string;
  part: string;
  role: "editor" | "admin";
  revision: number;
  published: PartSnapshot;
  draft: Draft | null;
  review: BlockDiff[];
  themes: Option[];
  gcm: Option[];
};

let keySeed = 0;
const withKeys = (snapshot: PartSnapshot): EditBlock[] => snapshot.blocks.map((b) => ({ ...b, key: `k${++keySeed}` }));
const strip = (blocks: EditBlock[]): SnapshotBlock[] => blocks.map(({ key: _key, ...b }) => b);
const input = "w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900";
const button = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:hover:bg-slate-800";
const primary = "rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60";

export function PartEditor({ slug, part, role, revision, published, draft, review, themes, gcm }: Props) {
  const router = useRouter();
  // Notes can only be reworded: their numbers tie them to the text.
  const fixed = part === "footnotes";
  const backupKey = `compendium-draft:${slug}/${part}`;
  const initial = draft?.content ?? published;
  const [blocks, setBlocks] = useState<EditBlock[]>(() => withKeys(initial));
  const [note, setNote] = useState(draft?.note ?? "");
  const [draftVersion, setDraftVersion] = useState<number | null>(draft?.version ?? null);
  const [baseRevision] = useState(draft?.baseRevision ?? revision);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [publishNote, setPublishNote] = useState(draft?.note ?? "");
  const saved = useDraftBackup({ key: backupKey, initial: initial.blocks, current: { blocks, note, baseRevision, draftVersion }, dirty });

  const change = (updater: (current: EditBlock[]) => EditBlock[]) => {
    setBlocks(updater);
    setDirty(true);
    setStatus(null);
  };
  const update = (key: string, patch: Partial<SnapshotBlock>) => change((bs) => bs.map((b) => (b.key === key ? { ...b, ...patch } : b)));
  const move = (index: number, by: -1 | 1) =>
    change((bs) => {
      const next = [...bs];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });

  async function save(submit: boolean) {
    setBusy(true);
    setError(null);
    setStatus(null);
    const result = await editorApi.saveDraft(slug, part, { baseRevision, draftVersion, content: { blocks: strip(blocks) }, note, submit });
    setBusy(false);
    if (result.ok) {
      setDraftVersion(result.data.version);
      setDirty(false);
      setConflict(null);
      saved.clear();
      setStatus(submit ? `Saved and submitted for review (draft version ${result.data.version}).` : `Draft saved (version ${result.data.version}). Only editors can see it.`);
      router.refresh();
      return;
    }
    if (result.status === 409 && result.error) {
      // Parsed, not trusted: a conflict whose details do not fit still shows its message and keeps the editor's text.
      const parsed = conflictDetailsSchema.safeParse(result.error.details ?? {});
      const details = parsed.success ? parsed.data : {};
      setConflict({ message: result.error.message, theirs: details.theirs ?? null, theirVersion: details.theirVersion ?? null, stale: details.currentRevision !== undefined });
      return;
    }
    setError(result.status === 0 ? "The server could not be reached. Your changes are kept in this browser; try again." : (result.error?.message ?? `Saving failed (HTTP ${result.status}). Your changes are kept in this browser.`));
  }

  /** Rebase or discard the draft; the page then reloads with the part as it now is (unsaved edits stay in the backup). */
  async function settleDraft(action: "rebase" | "discard") {
    if (!draft) return;
    if (action === "discard" && !window.confirm("Discard this draft? Its text will be gone; the published part stays as it is.")) return;
    setBusy(true);
    setError(null);
    const result = action === "rebase" ? await editorApi.rebaseDraft(slug, part, draft.version) : await editorApi.discardDraft(slug, part, draft.version);
    setBusy(false);
    if (result.ok) {
      if (action === "discard") saved.clear();
      window.location.reload();
      return;
    }
    setError(result.error?.message ?? `That did not work (HTTP ${result.status}).`);
  }

  async function publish() {
    if (!draft) return;
    setBusy(true);
    setError(null);
    const result = await editorApi.publish(slug, part, { draftVersion: draft.version, note: publishNote });
    setBusy(false);
    if (result.ok) {
      saved.clear();
      setStatus(`Published as revision ${result.data.revision}. The public page and search show it now.`);
      router.refresh();
      return;
    }
    setError(result.error?.message ?? `Publishing failed (HTTP ${result.status}).`);
  }


  return (
    <div className="mt-6 space-y-8">
      {saved.backup ? (
        <div role="alert" className="rounded border-l-4 border-amber-500 bg-amber-50 px-3 py-2 dark:bg-amber-950/40">
          <p>Unsaved changes to this part from {utcMinute(saved.backup.savedAt)} are kept in this browser.</p>
          <div className="mt-2 flex gap-2">
            <button
              type="button"
              className={button}
              onClick={() => {
                const { blocks: kept, note: keptNote } = saved.backup!;
                setBlocks(kept);
                setNote(keptNote);
                saved.dismiss();
                setDirty(true);
              }}
            >
              Restore my unsaved changes
            </button>
            <button
              type="button"
              className={button}
              onClick={saved.clear}
            >
              Discard them
            </button>
          </div>
        </div>
      ) : null}

      {draft ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded bg-slate-100 px-3 py-2 text-sm dark:bg-slate-800">
          <p>
            Editing the {draft.status === "submitted" ? "submitted" : "saved"} draft (version {draft.version}, saved by {draft.updatedBy} at {utcMinute(draft.updatedAt)}). The public page still shows revision {revision}.
          </p>
          {draft.baseRevision === revision ? (
            <button type="button" className={button} disabled={busy} onClick={() => void settleDraft("discard")}>
              Discard the draft
            </button>
          ) : null}
        </div>
      ) : null}

      {draft && draft.baseRevision !== revision ? (
        <StaleDraftPanel draftRevision={draft.baseRevision} revision={revision} draft={draft.content} published={published} busy={busy} onRebase={() => void settleDraft("rebase")} onDiscard={() => void settleDraft("discard")} />
      ) : null}

      {conflict ? (
        <ConflictPanel
          conflict={conflict}
          blocks={blocks}
          onKeepMine={() => {
            setDraftVersion(conflict.theirVersion);
            setConflict(null);
            setStatus("Your text now replaces theirs when you save. Check it first.");
          }}
        />
      ) : null}

      <form
        aria-label="Edit part"
        onSubmit={(event) => {
          event.preventDefault();
          void save(false);
        }}
        className="space-y-4"
      >
        <ol className="space-y-4">
          {blocks.map((b, i) => (
            <BlockEditor
              key={b.key}
              block={b}
              index={i}
              count={blocks.length}
              slug={slug}
              fixed={fixed}
              themes={themes}
              gcm={gcm}
              onChange={(patch) => update(b.key, patch)}
              onMove={(by) => move(i, by)}
              onDelete={() => change((bs) => bs.filter((x) => x.key !== b.key))}
            />
          ))}
        </ol>
        {fixed ? null : (
          <button type="button" className={button} onClick={() => change((bs) => [...bs, { id: null, type: "paragraph", label: null, depth: 0, text: "New text.", themes: [], gcm: [], key: `k${++keySeed}` }])}>
            Add a block
          </button>
        )}
        <label className="block">
          Note for the reviewer
          <textarea className={input} value={note} maxLength={2000} onChange={(e) => (setNote(e.target.value), setDirty(true))} />
        </label>
        {error ? (
          <p role="alert" className="rounded border-l-4 border-red-600 bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950/50 dark:text-red-100">
            {error}
          </p>
        ) : null}
        <p role="status" className="min-h-6">
          {status}
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={primary} disabled={busy}>
            Save draft
          </button>
          <button type="button" className={primary} disabled={busy} onClick={() => void save(true)}>
            Save and submit for review
          </button>
        </div>
      </form>

      {role === "admin" && draft ? (
        <ReviewPanel draftVersion={draft.version} revision={revision} review={review} note={publishNote} onNote={setPublishNote} busy={busy} dirty={dirty} onPublish={() => void publish()} />
      ) : null}
    </div>
  );
}
