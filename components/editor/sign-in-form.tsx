"use client";
import { useActionState } from "react";
import type { FormState } from "@/lib/editing/form-state";

/** The sign-in form; the page passes the server action in (components never import app/). */
export function SignInForm({ next, signIn }: { next: string; signIn: (state: FormState, form: FormData) => Promise<FormState> }) {
  const [state, action, pending] = useActionState<FormState, FormData>(signIn, { error: null });
  return (
    <form action={action} className="mt-6 max-w-sm space-y-4">
      <input type="hidden" name="next" value={next} />
      <Field name="email" label="Email" type="email" autoComplete="username" />
      <Field name="password" label="Password" type="password" autoComplete="current-password" />
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

function Field({ name, label, type, autoComplete }: { name: string; label: string; type: string; autoComplete: string }) {
  return (
    <div>
      <label htmlFor={name} className="block font-medium">
        {label}
      </label>
      <input id={name} name={name} type={type} autoComplete={autoComplete} required className="mt-1 w-full rounded border border-slate-400 px-3 py-2 dark:bg-slate-900" />
    </div>
  );
}
