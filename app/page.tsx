import Link from "next/link";

export default function HomePage() {
  return (
    <div className="max-w-3xl">
      <h1 className="font-serif text-3xl font-bold sm:text-4xl">International Migration and Development</h1>
      <p className="mt-2 text-lg text-slate-700 dark:text-slate-300">Contributions and Recommendations of the International System</p>
      <p className="mt-6 leading-relaxed">
        In preparation for the 2013 UN General Assembly High-level Dialogue on International Migration and Development, 28 UN
        organizations and related international entities reported on their migration work since 2006: their activities, their
        support to the Global Forum on Migration and Development, good practices, challenges, gaps and recommendations. This portal
        presents every chapter of that compendium, coordinated by UNFPA and IOM, so each passage can be read, cited and linked.
      </p>
      <p className="mt-6">
        <Link href="/agencies" className="inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 dark:text-white">
          Browse the 28 agencies
        </Link>
      </p>
    </div>
  );
}
