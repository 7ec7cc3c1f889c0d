import type { Metadata } from "next";
import Link from "next/link";
import { categoryLabels } from "@/lib/book/content/labels";
import { listAgencies } from "@/lib/db/chapters/list-agencies";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Agencies",
  description: "The 28 UN agencies and entities whose contributions make up the 2013 compendium, grouped by category.",
};

export default async function AgenciesPage() {
  const agencies = await listAgencies();
  const categories = categoryLabels();
  const groups = [...categories.entries()]
    .map(([slug, info]) => ({ slug, ...info, agencies: agencies.filter((a) => a.category === slug) }))
    .filter((g) => g.agencies.length > 0);

  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Agencies and entities</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">
        {agencies.length} chapters, one for each contributing agency or entity, in the order of the book.
      </p>
      {groups.map((group) => (
        <section key={group.slug} aria-labelledby={`cat-${group.slug}`} className="mt-8">
          <h2 id={`cat-${group.slug}`} className="text-xl font-semibold">
            {group.label}
          </h2>
          <p className="text-sm text-slate-600 dark:text-slate-400">{group.description}</p>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
            {group.agencies.map((agency) => (
              <li key={agency.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
                <Link href={`/agencies/${agency.slug}`} className="font-semibold">
                  {agency.acronym ?? agency.title}
                </Link>
                <p className="text-sm text-slate-700 dark:text-slate-300">{agency.title}</p>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  Chapter {agency.number} · {agency.kinds.length} of 6 parts reported
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
