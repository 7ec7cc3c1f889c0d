import Link from "next/link";
import type { Related } from "@/lib/explore/related-agencies";

/** Agencies this chapter names, each with the sentence that names it. */
export function RelatedAgencies({ related }: { related: Related[] }) {
  if (related.length === 0) return null;
  return (
    <section aria-labelledby="related-agencies" className="no-print mt-12 border-t border-slate-200 pt-6 dark:border-slate-800">
      <h2 id="related-agencies" className="mb-4 text-xl font-semibold">
        Related agencies
      </h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {related.map((r) => (
          <li key={r.agency.slug} className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
            <Link href={`/agencies/${r.agency.slug}`} className="font-semibold">
              {r.agency.acronym ?? r.agency.title}
            </Link>{" "}
            <span className="text-slate-600 dark:text-slate-400">
              named in {r.blocks} passage{r.blocks === 1 ? "" : "s"}
            </span>
            <blockquote className="mt-2 text-slate-700 dark:text-slate-300">
              “{r.example.sentence}” <a href={`#${r.example.blockId}`}>Go to passage</a>
            </blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}
