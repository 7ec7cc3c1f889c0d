/** Two versions of the passages that differ, in two columns: for a conflicting save and for a stale draft. */
export type TextPair = { key: string; mine: string; theirs: string };

export function TextsSideBySide({ pairs, mineTitle, theirsTitle }: { pairs: TextPair[]; mineTitle: string; theirsTitle: string }) {
  if (pairs.length === 0) return null;
  const column = (title: string, pick: (p: TextPair) => string) => (
    <div>
      <h3 className="font-medium">{title}</h3>
      {pairs.map((p) => (
        <p key={p.key} className="mt-1 rounded bg-slate-50 p-2 dark:bg-slate-900">
          {pick(p)}
        </p>
      ))}
    </div>
  );
  return (
    <div className="mt-3 grid gap-3 md:grid-cols-2">
      {column(mineTitle, (p) => p.mine)}
      {column(theirsTitle, (p) => p.theirs)}
    </div>
  );
}
