import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import type { ReactNode } from "react";
import { signOutAction } from "@/app/editor/actions";
import { requireSignedInUser } from "@/lib/auth/request-actor";

export const metadata: Metadata = { title: { default: "Editor", template: "%s · Editor · Migration Compendium" }, robots: { index: false } };

/** Every page under here needs a signed-in editor or admin; the data layer checks again. */
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const actor = await requireSignedInUser(await headers());
  return (
    <div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3 border-b border-slate-200 pb-3 dark:border-slate-800">
        <nav aria-label="Editor">
          <ul className="flex flex-wrap gap-4 text-sm">
            <li>
              <Link href="/editor">Dashboard</Link>
            </li>
            <li>
              <Link href="/editor/history">History</Link>
            </li>
            {actor.role === "admin" ? (
              <>
                <li>
                  <Link href="/editor/users">Users</Link>
                </li>
                <li>
                  <Link href="/editor/audit">Audit log</Link>
                </li>
              </>
            ) : null}
          </ul>
        </nav>
        <form action={signOutAction} className="flex items-center gap-3 text-sm">
          <span>
            Signed in as {actor.email} ({actor.role})
          </span>
          <button type="submit" className="rounded border border-slate-400 px-3 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
            Sign out
          </button>
        </form>
      </div>
      {children}
    </div>
  );
}
