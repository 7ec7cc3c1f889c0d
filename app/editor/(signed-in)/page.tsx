import { headers } from "next/headers";
import Link from "next/link";
import { requireSignedInUser } from "@/lib/auth/request-actor";
import { listAgencies } from "@/lib/db/chapters/list-agencies";
import { listDrafts } from "@/lib/db/editing/list-drafts";
import { listRevisions } from "@/lib/db/editing/list-revisions";
import { editablePartLabel } from "@/lib/editing/part-snapshot";
import { utcMinute } from "@/lib/text/utc-time";

export const dynamic = "force-dynamic";
export const metadata = { title: "Dashboard" };


export default async function EditorDashboard() {
  const actor = await requireSignedInUser(await headers());
  const [drafts, revisions, agencies] = await Promise.all([listDrafts({ actor }), listRevisions({ actor, query: { limit: 10 } }), listAgencies()]);
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Editor dashboard</h1>
      <section aria-labelledby="drafts">
        <h2 id="drafts" className="text-xl font-semibold">
          Drafts
        </h2>
        {drafts.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">No drafts. Open a part below to start one.</p>
        ) : (
          <ul className="mt-2 space-y-2">
            {drafts.map((d) => (
              <li key={`${d.slug}-${d.part}`}>
                <Link href={`/editor/${d.slug}/${d.part}`}>
                  {d.title}: {editablePartLabel(d.part)}
                </Link>{" "}
                — {d.status === "submitted" ? <strong>waiting for review</strong> : "draft"}, version {d.version}, saved by {d.updatedBy} at {utcMinute(d.updatedAt)}
                {d.note ? <span className="block text-sm text-slate-600 dark:text-slate-400">Note: {d.note}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="recent">
        <h2 id="recent" className="text-xl font-semibold">
          Recent changes
        </h2>
        {revisions.length === 0 ? (
          <p className="mt-2 text-slate-600 dark:text-slate-400">Nothing published yet: every part shows the 2013 text.</p>
        ) : (
          <ul className="mt-2 space-y-1">
            {revisions.map((r) => (
              <li key={r.id}>
                {utcMinute(r.createdAt)}: <Link href={`/editor/history?slug=${r.slug}&part=${r.part}`}>{r.title}: {editablePartLabel(r.part)}</Link> revision {r.number} ({r.kind === "restore" ? "restored" : "published"} by {r.author}) — {r.note}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="chapters">
        <h2 id="chapters" className="text-xl font-semibold">
          Chapters
        </h2>
        <ul className="mt-2 grid gap-3 sm:grid-cols-2">
          {agencies.map((a) => (
            <li key={a.slug} className="rounded border border-slate-200 p-3 dark:border-slate-800">
              <span className="font-medium">
                {a.number}. {a.acronym ?? a.title}
              </span>
              <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
                {["intro", ...new Set(a.kinds), "footnotes"].map((part) => (
                  <li key={part}>
                    <Link href={`/editor/${a.slug}/${part}`} aria-label={`Edit ${a.acronym ?? a.title}: ${editablePartLabel(part)}`} className="inline-flex min-h-6 items-center">
                      {editablePartLabel(part)}
                    </Link>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
