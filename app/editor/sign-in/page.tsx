import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/editor/sign-in-form";
import { signInAction } from "@/app/editor/actions";
import { requestActor } from "@/lib/auth/request-actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Editor sign-in", robots: { index: false } };

type Props = { searchParams: Promise<{ next?: string; signedOut?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { next, signedOut } = await searchParams;
  if ((await requestActor(await headers())).kind === "user") redirect("/editor");
  return (
    <div>
      <h1 className="font-serif text-3xl font-bold">Editor sign-in</h1>
      <p className="mt-2 max-w-prose text-slate-700 dark:text-slate-300">
        For the portal&apos;s editors. Accounts are created by an admin; there is no public sign-up.
      </p>
      {signedOut ? (
        <p role="status" className="mt-4 rounded bg-slate-100 px-3 py-2 dark:bg-slate-800">
          You are signed out.
        </p>
      ) : null}
      <SignInForm signIn={signInAction} next={typeof next === "string" && next.startsWith("/editor") ? next : "/editor"} />
    </div>
  );
}
