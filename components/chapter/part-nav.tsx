type Part = { kind: string; label: string; href: string | null };

/**
 * The six parts in their fixed order; a part the chapter lacks is shown, not dropped. `sidebar` is the
 * sticky column of a wide screen; `inline` is the same list for a phone, under the chapter's title
 * (only one of the two is displayed at a time, so there is one navigation landmark).
 */
export function PartNav({ parts, variant }: { parts: Part[]; variant: "sidebar" | "inline" }) {
  if (variant === "inline") {
    return (
      <nav aria-label="Parts of this chapter" className="no-print mb-8 lg:hidden">
        <ol className="flex flex-wrap gap-2 text-sm">
          {parts.map((part, i) => (
            <li key={part.kind}>
              {part.href ? (
                <a href={part.href} className="inline-flex min-h-8 items-center rounded-full border border-slate-300 px-3 no-underline hover:underline dark:border-slate-600">
                  {i + 1}. {part.label}
                </a>
              ) : (
                <span className="inline-flex min-h-8 items-center px-1 text-slate-500 dark:text-slate-400">
                  {i + 1}. {part.label} (not reported)
                </span>
              )}
            </li>
          ))}
        </ol>
      </nav>
    );
  }
  return (
    <nav aria-label="Parts of this chapter" className="no-print hidden lg:block">
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
