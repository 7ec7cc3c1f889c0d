import { headers } from "next/headers";
import Link from "next/link";
import { restoreAction } from "@/app/editor/actions";
import { ActionForm } from "@/components/editor/action-form";
import { WordDiffView } from "@/components/editor/word-diff-view";
import { requireSignedInUser } from "@/lib/auth/request-actor";
import { historyQuerySchema, listRevisions } from "@/lib/db/editing/list-revisions";
import { editablePartLabel } from "@/lib/editing/part-snapshot";
import { utcMinute } from "@/lib/text/utc-time";

export const dynamic = "force-dynamic";
export const metadata = { title: "History" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const button = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

export default async function HistoryPage({ searchParams }: Props) {
  const raw = await searchParams;
  const parsed = historyQuerySchema.safeParse({ slug: raw.slug || undefined, part: raw.part || undefined, block: raw.block || undefined });
  const actor = await requireSignedInUser(await headers());
  const revisions = parsed.success ? await listRevisions({ actor, query: parsed.data }) : [];
  const scope = parsed.success ? [parsed.data.slug, parsed.data.part && editablePartLabel(parsed.data.part), parsed.data.block].filter(Boolean).join(" · ") : "";
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">History{scope ? `: ${scope}` : ""}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        Every publish and restore, newest first, with a word-level diff. Restoring writes a new revision; nothing is ever removed.{" "}
        {scope ? <Link href="/editor/history">Show all parts</Link> : null}
      </p>
      {!parsed.success ? (
        <p role="alert" className="mt-4">
          The filter in the address is not valid.
        </p>
      ) : null}
      {revisions.length === 0 ? <p className="mt-6">No revisions yet.</p> : null}
      <ol className="mt-6 space-y-8">
        {revisions.map((r) => (
          <li key={r.id} className="rounded border border-slate-300 p-3 dark:border-slate-700">
            <h2 className="text-lg font-semibold">
              <Link href={`/editor/history?slug=${r.slug}&part=${r.part}`}>
                {r.title}: {editablePartLabel(r.part)}
              </Link>
              , revision {r.number}
            </h2>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {r.kind === "restore" ? "Restored" : "Published"} by {r.author} on <time dateTime={r.createdAt}>{utcMinute(r.createdAt)}</time>. Note: {r.note}
            </p>
            <div className="mt-3">
              <WordDiffView diff={r.diff} />
            </div>
            {actor.kind === "user" && actor.role === "admin" ? (
              <div className="mt-3 space-y-2">
                {(["before", "after"] as const).map((state) => (
                  <ActionForm key={state} action={restoreAction} label={`Restore ${state === "before" ? "the text before" : "the text of"} revision ${r.number} of ${r.slug} ${r.part}`}>
                    <input type="hidden" name="revisionId" value={r.id} />
                    <input type="hidden" name="state" value={state} />
                    <label className="text-sm">
                      Reason
                      <input name="note" required maxLength={2000} className="ml-1 rounded border border-slate-400 px-2 py-1 dark:bg-slate-900" defaultValue={state === "before" ? `Restore the text before revision ${r.number}` : `Restore revision ${r.number}`} />
                    </label>
                    <button type="submit" className={button}>
                      {state === "before" ? `Restore the text before revision ${r.number}` : `Restore revision ${r.number}`}
                    </button>
                  </ActionForm>
                ))}
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
