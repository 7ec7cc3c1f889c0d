import Link from "next/link";

export function SiteFooter() {
  return (
    <footer className="no-print border-t border-slate-200 py-6 text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        Source: <cite>International Migration and Development: Contributions and Recommendations of the International System</cite>{" "}
        (United Nations System Chief Executives Board for Coordination, 2013; coordinated by UNFPA and IOM).{" "}
        <Link href="/editor">Editors</Link>
      </div>
    </footer>
  );
}
