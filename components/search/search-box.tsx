"use client";

/**
 * The search box: a plain GET form that works without JavaScript, enhanced to update
 * results as you type (debounced, URL kept in step) and to take focus on "/".
 */
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";

export function SearchBox({ initial }: { initial: string }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useSearchParams();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState(initial);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
      if (event.key === "/" && !typing) {
        event.preventDefault();
        input.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (value === (params.get("q") ?? "")) return;
    const timer = setTimeout(() => {
      const next = new URLSearchParams(params.toString());
      if (value.trim()) next.set("q", value);
      else next.delete("q");
      next.delete("offset");
      router.replace(`${pathname}?${next.toString()}`, { scroll: false });
    }, 250);
    return () => clearTimeout(timer);
  }, [value, params, pathname, router]);

  return (
    <form method="get" action="/search" role="search" className="flex max-w-2xl gap-2">
      <label htmlFor="search-q" className="sr-only">
        Search the compendium
      </label>
      <input
        ref={input}
        id="search-q"
        name="q"
        type="search"
        value={value}
        onChange={(e) => setValue(e.target.value)}
        maxLength={500}
        autoComplete="off"
        aria-describedby="search-help"
        className="flex-1 rounded border border-slate-400 px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        placeholder='e.g. remittances, "decent work", agency:ilo'
      />
      {[...params.entries()]
        .filter(([k]) => ["agency", "part", "theme", "gcm", "group"].includes(k))
        .map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Search
      </button>
    </form>
  );
}
