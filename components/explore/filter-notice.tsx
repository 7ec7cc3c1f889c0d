/** Shown when a shared address carries filters the page could not read; the page still renders. */
export function FilterNotice({ show, message = "Some filters in the address were not understood and were ignored." }: { show: boolean; message?: string }) {
  if (!show) return null;
  return (
    <p role="alert" className="mt-4 rounded border border-amber-400 bg-amber-50 p-3 text-sm text-slate-900">
      {message}
    </p>
  );
}
