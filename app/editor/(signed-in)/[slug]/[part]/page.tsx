import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PartEditor } from "@/components/editor/part-editor";
import { requireSignedInUser } from "@/lib/auth/request-actor";
import { gcmList, themeList } from "@/lib/book/content/labels";
import { getEditablePart } from "@/lib/db/editing/get-editable-part";
import { diffSnapshots } from "@/lib/editing/word-diff";
import { toAppError } from "@/lib/errors/to-app-error";
import { editablePartLabel } from "@/lib/editing/part-snapshot";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; part: string }> };


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, part } = await params;
  return { title: `Edit ${slug.toUpperCase()}: ${editablePartLabel(part)}` };
}

export default async function EditPartPage({ params }: Props) {
  const { slug, part } = await params;
  const actor = await requireSignedInUser(await headers());
  const editable = await getEditablePart({ actor, slug, part }).catch((thrown: unknown) => {
    const error = toAppError(thrown);
    if (error.code === "NOT_FOUND" || error.code === "INVALID_INPUT") notFound();
    throw thrown;
  });
  const review = editable.draft ? diffSnapshots(editable.published, editable.draft.content).filter((d) => d.kind !== "unchanged") : [];
  return (
    <div>
      <p className="text-sm">
        <Link href="/editor">Dashboard</Link> › {editable.title}
      </p>
      <h1 className="mt-1 font-serif text-3xl font-bold">
        {editable.title}: {editablePartLabel(editable.part)}
      </h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        Published revision {editable.revision === 0 ? "0 (the 2013 text)" : editable.revision}.{" "}
        <Link href={`/editor/history?slug=${editable.slug}&part=${editable.part}`}>History of this part</Link> ·{" "}
        <Link href={`/agencies/${editable.slug}`}>Public page</Link>
      </p>
      <PartEditor
        slug={editable.slug}
        part={editable.part}
        role={actor.kind === "user" ? actor.role : "editor"}
        revision={editable.revision}
        published={editable.published}
        draft={editable.draft}
        review={review}
        themes={themeList().map((t) => ({ slug: t.slug, label: t.label }))}
        gcm={gcmList().map((g) => ({ slug: g.slug, label: g.label }))}
      />
    </div>
  );
}
