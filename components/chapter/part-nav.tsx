type Part = { kind: string; label: string; href: string | null };

/** The six parts in their fixed order; a part the chapter lacks is shown, not dropped. */
export function PartNav({ parts }: { parts: Part[] }) {
  return (
    <nav aria-label="Parts of this chapter" className="no-print mb-8 lg:mb-0">
      <div className="lg:sticky lg:top-6">
        <h2 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">Parts</h2>
        <ol className="space-y-1 text-sm">
          {parts.map((part, i) => (
            <li key={part.kind}>
              {part.href ? (
                <a href={part.href}>
                  {i + 1}. {part.label}
                </a>
              ) : (
                <span className="text-slate-500 dark:text-slate-400">
                  {i + 1}. {part.label} <span className="italic">(not reported)</span>
                </span>
              )}
            </li>
          ))}
        </ol>
      </div>
    </nav>
  );
}
