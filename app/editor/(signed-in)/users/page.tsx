import { headers } from "next/headers";
import { revokeSessionsAction, setDisabledAction, setRoleAction } from "@/app/editor/actions";
import { ActionForm } from "@/components/editor/action-form";
import { requireSignedInUser } from "@/lib/auth/request-actor";
import { listUsers } from "@/lib/db/users/list-users";
import { isAppError } from "@/lib/errors/app-error";

export const dynamic = "force-dynamic";
export const metadata = { title: "Users" };
const button = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 dark:hover:bg-slate-800";

export default async function UsersPage() {
  const actor = await requireSignedInUser(await headers());
  const users = await listUsers({ actor }).catch((error: unknown) => {
    if (isAppError(error) && error.code === "FORBIDDEN") return null;
    throw error;
  });
  if (!users) {
    return (
      <p role="alert" className="mt-4">
        Only admins can manage users.
      </p>
    );
  }
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        New accounts are made on the server with <code>npm run user:create -- --email … --role editor|admin</code>. Disabling a user ends all their sessions.
      </p>
      <ul className="mt-6 space-y-4">
        {users.map((u) => (
          <li key={u.id} className="rounded border border-slate-300 p-3 dark:border-slate-700">
            <p className="font-medium">
              {u.email} — {u.role}
              {u.disabled ? " (disabled)" : ""}, {u.activeSessions} active session{u.activeSessions === 1 ? "" : "s"}
            </p>
            {actor.kind === "user" && actor.id !== u.id ? (
              <div className="mt-2 flex flex-wrap gap-6">
                <ActionForm action={setRoleAction} label={`Role of ${u.email}`}>
                  <input type="hidden" name="userId" value={u.id} />
                  <label className="text-sm">
                    Role of {u.email}
                    <select name="role" defaultValue={u.role} className="ml-2 rounded border border-slate-400 px-2 py-1 dark:bg-slate-900">
                      <option value="editor">editor</option>
                      <option value="admin">admin</option>
                    </select>
                  </label>
                  <button type="submit" className={button}>
                    Change role
                  </button>
                </ActionForm>
                <ActionForm action={revokeSessionsAction} label={`End the sessions of ${u.email}`}>
                  <input type="hidden" name="userId" value={u.id} />
                  <button type="submit" className={button}>
                    End all sessions of {u.email}
                  </button>
                </ActionForm>
                <ActionForm action={setDisabledAction} label={`${u.disabled ? "Enable" : "Disable"} ${u.email}`}>
                  <input type="hidden" name="userId" value={u.id} />
                  <input type="hidden" name="disabled" value={u.disabled ? "false" : "true"} />
                  <button type="submit" className={button}>
                    {u.disabled ? "Enable" : "Disable"} {u.email}
                  </button>
                </ActionForm>
              </div>
            ) : (
              <p className="text-sm text-slate-600 dark:text-slate-400">This is you.</p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
