"use client";
/**
 * Editing one block of a part: type, label, depth, text with a live preview, theme and GCM tags,
 * move and delete. Notes (`fixed`) get the text alone: their numbers tie them to the text.
 */
import { InlineText } from "@/components/chapter/inline-text";
import type { SnapshotBlock } from "@/lib/editing/part-snapshot";

export type Option = { slug: string; label: string };
export type EditBlock = SnapshotBlock & { key: string };
const input = "w-full rounded border border-slate-400 px-2 py-1 dark:bg-slate-900";
const button = "rounded border border-slate-400 px-2 py-1 text-sm hover:bg-slate-100 disabled:opacity-50 dark:hover:bg-slate-800";

/** One block's fields: type, label, depth, text with its preview, tags, and move/delete. Notes (`fixed`) get the text alone. */
export function BlockEditor(props: {
  block: EditBlock;
  index: number;
  count: number;
  slug: string;
  fixed: boolean;
  themes: Option[];
  gcm: Option[];
  onChange: (patch: Partial<SnapshotBlock>) => void;
  onMove: (by: -1 | 1) => void;
  onDelete: () => void;
}) {
  const { block: b, index: i, fixed, onChange } = props;
  const name = fixed ? `note ${b.label ?? `${i + 1} (unnumbered)`}` : `block ${i + 1}${b.label ? ` ${b.label}` : ""}`;
  const structure = fixed ? null : (
    <div className="mt-2 grid gap-2 sm:grid-cols-[8rem_6rem_5rem]">
      <label className="text-sm">
        Type
        <select aria-label={`Type of ${name}`} className={input} value={b.type} onChange={(e) => onChange({ type: e.target.value as SnapshotBlock["type"] })}>
          <option value="paragraph">Paragraph</option>
          <option value="item">List item</option>
          <option value="subheading">Subheading</option>
        </select>
      </label>
      <label className="text-sm">
        Label
        <input aria-label={`Label of ${name}`} className={input} value={b.label ?? ""} maxLength={12} onChange={(e) => onChange({ label: e.target.value || null })} />
      </label>
      <label className="text-sm">
        Depth
        <input aria-label={`Depth of ${name}`} type="number" min={0} max={3} className={input} value={b.depth} onChange={(e) => onChange({ depth: Math.max(0, Math.min(3, Number(e.target.value) || 0)) })} />
      </label>
    </div>
  );
  const tagsAndActions = fixed ? null : (
    <>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">
          Tags: {b.themes.length} themes, {b.gcm.length} GCM objectives
        </summary>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <TagSelect label="Themes" name={name} options={props.themes} value={b.themes} onChange={(themes) => onChange({ themes })} />
          <TagSelect label="GCM objectives" name={name} options={props.gcm} value={b.gcm} onChange={(gcm) => onChange({ gcm })} />
        </div>
      </details>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={button} disabled={i === 0} onClick={() => props.onMove(-1)} aria-label={`Move up ${name}`}>
          Move up
        </button>
        <button type="button" className={button} disabled={i === props.count - 1} onClick={() => props.onMove(1)} aria-label={`Move down ${name}`}>
          Move down
        </button>
        <button type="button" className={button} onClick={props.onDelete} aria-label={`Delete ${name}`}>
          Delete
        </button>
        {b.id ? (
          <a href={`/editor/history?slug=${props.slug}&block=${b.id}`} className="inline-flex min-h-6 items-center text-sm" aria-label={`History of ${name}`}>
            History
          </a>
        ) : null}
      </div>
    </>
  );
  return (
    <li className="rounded border border-slate-300 p-3 dark:border-slate-700">
      <fieldset>
        <legend className="font-medium">{fixed ? `Note ${b.label ?? "(unnumbered)"}` : `Block ${i + 1}${b.label ? ` ${b.label}` : ""}${b.id === null ? " (new)" : ""}`}</legend>
        {structure}
        <label className="mt-2 block text-sm">
          Text
          <textarea aria-label={`Text of ${name}`} className={`${input} min-h-24`} value={b.text} maxLength={20000} required onChange={(e) => onChange({ text: e.target.value })} />
        </label>
        <div className="mt-1 rounded bg-slate-50 p-2 text-sm dark:bg-slate-900" aria-label={`Preview of ${name}`}>
          <span className="font-medium">{b.label ? `${b.label} ` : ""}</span>
          <InlineText text={b.text} links />
        </div>
        {tagsAndActions}
      </fieldset>
    </li>
  );
}

/** A multi-select of one vocabulary's tags for one block. */
function TagSelect({ label, name, options, value, onChange }: { label: string; name: string; options: Option[]; value: string[]; onChange: (value: string[]) => void }) {
  return (
    <label>
      {label}
      <select multiple size={6} aria-label={`${label} of ${name}`} className={input} value={value} onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}>
        {options.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
