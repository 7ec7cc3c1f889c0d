"use client";
import { useActionState } from "react";
import { signInAction, type FormState } from "@/app/editor/actions";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signInAction, { error: null });
  return (
    <form action={action} className="mt-6 max-w-sm space-y-4">
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className="block font-medium">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2 dark:bg-slate-900" />
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="mt-1 w-full rounded border border-slate-400 px-3 py-2 dark:bg-slate-900" />
      </div>
      {state.error ? (
        <p role="alert" className="rounded border-l-4 border-red-600 bg-red-50 px-3 py-2 text-red-900 dark:bg-red-950/50 dark:text-red-100">
          {state.error}
        </p>
      ) : null}
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-800 disabled:opacity-60">
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
