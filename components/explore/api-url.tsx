"use client";

/**
 * "Copy API URL": the /api/v1/… call that returns the data of the list on screen, as an absolute
 * address a script or notebook can use. Without JavaScript the link itself is the address; the
 * copy button appears once the page is interactive.
 */
import { useSyncExternalStore } from "react";
import { CopyButton } from "@/components/common/copy-button";

const subscribeNever = () => () => {};

export function ApiUrl({ path, siteUrl }: { path: string; siteUrl: string }) {
  const url = new URL(path, siteUrl).toString();
  // false in the server's HTML, true once hydrated: the button exists only where it can work.
  const ready = useSyncExternalStore(subscribeNever, () => true, () => false);
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <a href={path} rel="alternate" type="application/json">
        API<span className="sr-only"> call for this list</span>
      </a>
      {ready ? <CopyButton value={url} label="Copy API URL" announce="API URL copied" className="py-0.5" /> : null}
    </span>
  );
}
