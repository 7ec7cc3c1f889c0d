"use client";
/** A small form bound to a server action, showing its result or error next to it. */
import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/editing/form-state";

export function ActionForm({ action, children, label }: { action: (state: FormState, form: FormData) => Promise<FormState>; children: ReactNode; label: string }) {
  const [state, run, pending] = useActionState<FormState, FormData>(action, { error: null });
  return (
    <form action={run} aria-label={label} className="flex flex-wrap items-end gap-2">
      <fieldset disabled={pending} className="contents">
        {children}
      </fieldset>
      {state.error ? (
        <p role="alert" className="w-full text-sm text-red-800 dark:text-red-300">
          {state.error}
        </p>
      ) : null}
      {state.done ? (
        <p role="status" className="w-full text-sm text-green-800 dark:text-green-300">
          {state.done}
        </p>
      ) : null}
    </form>
  );
}
