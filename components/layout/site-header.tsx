import Link from "next/link";

const NAV = [
  { href: "/agencies", label: "Agencies" },
  { href: "/themes", label: "Themes" },
  { href: "/recommendations", label: "Recommendations" },
  { href: "/compare", label: "Compare" },
  { href: "/overview", label: "Overview" },
  { href: "/glossary", label: "Glossary" },
  { href: "/search", label: "Search" },
];

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-brand-800 text-white dark:border-slate-800">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold text-white no-underline hover:underline dark:text-white">
          Migration Compendium
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white dark:text-white">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
