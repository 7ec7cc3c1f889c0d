"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl" role="alert">
      <h1 className="font-serif text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3">The page could not be shown. Please try again in a moment.</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand-700 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </div>
  );
}
