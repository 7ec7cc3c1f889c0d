"use server";
/**
 * Server actions of the editor. Each validates its form with zod, finds the actor from the
 * session cookie, and calls the data layer, which checks authorization itself. Next.js refuses
 * server actions whose Origin does not match the host, so they cannot be driven cross-site.
 */
import { APIError } from "better-auth/api";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getAuth } from "@/lib/auth/get-auth";
import { requestActor } from "@/lib/auth/request-actor";
import { restoreRevision } from "@/lib/db/editing/restore-revision";
import { revokeUserSessions } from "@/lib/db/users/revoke-user-sessions";
import { setUserDisabled } from "@/lib/db/users/set-user-disabled";
import { setUserRole } from "@/lib/db/users/set-user-role";
import { toAppError } from "@/lib/errors/to-app-error";

import type { FormState } from "@/lib/editing/form-state";

export type { FormState };

const signInSchema = z.object({
  email: z.email("Enter the email address of your account.").max(254),
  password: z.string().min(1, "Enter your password.").max(1024),
  next: z
    .string()
    .regex(/^\/editor(?:\/[\w\-/]*)?(?:\?[\w=&%-]*)?$/)
    .catch("/editor"),
});

export async function signInAction(_: FormState, form: FormData): Promise<FormState> {
  const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password"), next: form.get("next") ?? "/editor" });
  if (!parsed.success) return { error: parsed.error.issues[0]!.message };
  try {
    await getAuth().api.signInEmail({ body: { email: parsed.data.email, password: parsed.data.password }, headers: await headers() });
  } catch (error) {
    if (error instanceof APIError) {
      const status = error.statusCode;
      if (status === 429) return { error: error.body?.message ?? "Too many attempts. Try again later." };
      if (status === 403) return { error: "This account is disabled. Ask an admin." };
      return { error: "Wrong email or password." };
    }
    throw error;
  }
  redirect(parsed.data.next);
}

export async function signOutAction(): Promise<void> {
  await getAuth()
    .api.signOut({ headers: await headers() })
    // Signing out twice (an expired or already ended session) is not an error for the person signing out.
    .catch(() => undefined);
  redirect("/editor/sign-in?signedOut=1");
}

/** The form's message for an expected failure; anything unexpected is rethrown (the error page shows it). */
const messageOf = (thrown: unknown): string => {
  const error = toAppError(thrown, { fields: false });
  if (error.code === "INTERNAL") throw thrown;
  return error.message;
};

const restoreSchema = z.object({ revisionId: z.coerce.number().int().min(1), state: z.enum(["before", "after"]), note: z.string().max(2000) });

export async function restoreAction(_: FormState, form: FormData): Promise<FormState> {
  const actor = await requestActor(await headers());
  try {
    const input = restoreSchema.parse({ revisionId: form.get("revisionId"), state: form.get("state"), note: form.get("note") });
    const { revision } = await restoreRevision({ actor, input });
    return { error: null, done: `Restored as revision ${revision}.` };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

const userSchema = z.object({ userId: z.string().min(1).max(64) });

/** An admin's action on one user: validates the form's user id, runs, and reports the result to the form. */
async function onUser(form: FormData, run: (input: { auth: ReturnType<typeof getAuth>; actor: Awaited<ReturnType<typeof requestActor>>; headers: Headers; userId: string }) => Promise<string>): Promise<FormState> {
  const requestHeaders = await headers();
  const actor = await requestActor(requestHeaders);
  try {
    const { userId } = userSchema.parse({ userId: form.get("userId") });
    return { error: null, done: await run({ auth: getAuth(), actor, headers: requestHeaders, userId }) };
  } catch (error) {
    return { error: messageOf(error) };
  }
}

export async function setRoleAction(_: FormState, form: FormData): Promise<FormState> {
  return onUser(form, async (input) => {
    const role = z.enum(["editor", "admin"], { error: "Choose editor or admin." }).parse(form.get("role"));
    await setUserRole({ ...input, role });
    return `Role set to ${role}.`;
  });
}

export async function setDisabledAction(_: FormState, form: FormData): Promise<FormState> {
  return onUser(form, async (input) => {
    const disabled = form.get("disabled") === "true";
    await setUserDisabled({ ...input, disabled });
    return disabled ? "Disabled; their sessions have ended." : "Enabled.";
  });
}

export async function revokeSessionsAction(_: FormState, form: FormData): Promise<FormState> {
  return onUser(form, async (input) => {
    await revokeUserSessions(input);
    return "All their sessions have ended.";
  });
}
