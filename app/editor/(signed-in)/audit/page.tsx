import { headers } from "next/headers";
import { requireSignedInUser } from "@/lib/auth/request-actor";
import { AUDIT_ACTIONS } from "@/lib/db/audit/audit-event-schema";
import { listAuditEvents } from "@/lib/db/audit/list-audit-events";
import { isAppError } from "@/lib/errors/app-error";
import { utcSecond } from "@/lib/text/utc-time";

export const dynamic = "force-dynamic";
export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<{ action?: string }> };

export default async function AuditPage({ searchParams }: Props) {
  const { action } = await searchParams;
  const actor = await requireSignedInUser(await headers());
  const filter = (AUDIT_ACTIONS as readonly string[]).includes(action ?? "") ? (action as (typeof AUDIT_ACTIONS)[number]) : undefined;
  const events = await listAuditEvents({ actor, action: filter }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return null;
    throw error;
  });
  if (!events) {
    return (
      <p role="alert" className="mt-4">
        Only admins can see the audit log.
      </p>
    );
  }
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <form className="mt-4 flex items-end gap-2" method="get">
        <label>
          Action
          <select name="action" defaultValue={filter ?? ""} className="ml-2 rounded border border-slate-400 px-2 py-1 dark:bg-slate-900">
            <option value="">All</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a}>{a}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-400 px-3 py-1">
          Filter
        </button>
      </form>
      <div className="mt-4 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Audit events, newest first (times in UTC)</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              <th scope="col" className="py-1 pr-3">When (UTC)</th>
              <th scope="col" className="py-1 pr-3">Action</th>
              <th scope="col" className="py-1 pr-3">Who</th>
              <th scope="col" className="py-1 pr-3">What</th>
              <th scope="col" className="py-1 pr-3">Details</th>
              <th scope="col" className="py-1">IP</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-b border-slate-200 align-top dark:border-slate-800">
                <td className="py-1 pr-3 whitespace-nowrap">
                  <time dateTime={e.at}>{utcSecond(e.at)}</time>
                </td>
                <td className="py-1 pr-3">{e.action}</td>
                <td className="py-1 pr-3">{e.actorEmail ?? "—"}</td>
                <td className="py-1 pr-3">{e.target ?? "—"}</td>
                <td className="py-1 pr-3">{e.detail === null ? `unreadable: ${e.stored ?? ""}` : Object.keys(e.detail).length ? JSON.stringify(e.detail) : ""}</td>
                <td className="py-1">{e.ip ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
