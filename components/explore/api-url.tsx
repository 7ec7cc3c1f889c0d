"use client";

/**
 * "Copy API URL": the /api/v1/… call that returns the data of the list on screen, as an absolute
 * address a script or notebook can use. Without JavaScript the link itself is the address; the
 * copy button appears once the page is interactive.
 */
import { useState, useSyncExternalStore } from "react";

const subscribeNever = () => () => {};

export function ApiUrl({ path, siteUrl }: { path: string; siteUrl: string }) {
  const url = new URL(path, siteUrl).toString();
  // false in the server's HTML, true once hydrated: the button exists only where it can work.
  const ready = useSyncExternalStore(subscribeNever, () => true, () => false);
  const [copied, setCopied] = useState(false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a href={path} rel="alternate" type="application/json">
        API<span className="sr-only"> call for this list</span>
      </a>
      {ready ? (
        <button
          type="button"
          className="rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy API URL"}
        </button>
      ) : null}
      <span aria-live="polite" className="sr-only">
        {copied ? "API URL copied" : ""}
      </span>
    </span>
  );
}
