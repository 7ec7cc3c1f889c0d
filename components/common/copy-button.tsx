"use client";
/** A button that copies a text to the clipboard, says "Copied", and tells screen readers what was copied. */
import { useState } from "react";

export function CopyButton({ value, label, announce, className = "" }: { value: string; label: string; announce: string; className?: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        className={`rounded border border-slate-300 px-2 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${className}`}
        onClick={async () => {
          await navigator.clipboard.writeText(value);
          setCopied(true);
        }}
      >
        {copied ? "Copied" : label}
      </button>
      <span aria-live="polite" className="sr-only">
        {copied ? announce : ""}
      </span>
    </>
  );
}
