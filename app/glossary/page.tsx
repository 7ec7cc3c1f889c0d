import type { Metadata } from "next";
import { listGlossary } from "@/lib/db/glossary/list-glossary";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Glossary", description: "The compendium's list of acronyms." };

export default async function GlossaryPage() {
  const terms = await listGlossary();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Glossary</h1>
      <p className="mt-2 text-slate-700 dark:text-slate-300">The book&apos;s list of {terms.length} acronyms. In the text, an acronym shows its expansion when you point at it.</p>
      <dl className="mt-6 grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]">
        {terms.map((t) => (
          <div key={t.term} id={`term-${t.term.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`} className="contents">
            <dt className="font-semibold">{t.term}</dt>
            <dd className="mb-2 sm:mb-0">{t.expansion}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
