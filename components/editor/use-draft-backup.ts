/**
 * Work is never lost: while a part has unsaved changes, they are kept in this browser's storage (and
 * leaving the page asks first). A backup left by an earlier visit (a closed tab, a failed save, a
 * conflict) is offered back on arrival. What storage holds is parsed with zod: a backup another
 * version of the page wrote, or one damaged by hand, is dropped rather than restored.
 */
import { useEffect, useState } from "react";
import { z } from "zod";
import { snapshotBlockSchema, type SnapshotBlock } from "@/lib/editing/part-snapshot";

const backupSchema = z.object({
  blocks: z.array(snapshotBlockSchema.extend({ key: z.string() })),
  note: z.string(),
  savedAt: z.string(),
  baseRevision: z.number().int(),
  draftVersion: z.number().int().nullable(),
});
export type Backup = z.infer<typeof backupSchema>;

const strip = (blocks: Backup["blocks"]): SnapshotBlock[] => blocks.map(({ key: _key, ...b }) => b);

export function useDraftBackup({ key, initial, current, dirty }: { key: string; initial: SnapshotBlock[]; current: Omit<Backup, "savedAt">; dirty: boolean }) {
  const [backup, setBackup] = useState<Backup | null>(null);

  useEffect(() => {
    const raw = window.localStorage.getItem(key);
    if (!raw) return;
    let parsed: Backup | null = null;
    try {
      const result = backupSchema.safeParse(JSON.parse(raw));
      parsed = result.success ? result.data : null;
    } catch {
      parsed = null;
    }
    // Reading the browser's storage once after hydration is the kind of external sync effects are for;
    // the server cannot know the backup, so it cannot be initial state.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (parsed && JSON.stringify(strip(parsed.blocks)) !== JSON.stringify(initial)) setBackup(parsed);
    else window.localStorage.removeItem(key);
    // Only on arrival.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const { blocks, note, baseRevision, draftVersion } = current;
  useEffect(() => {
    if (!dirty) return;
    const value: Backup = { blocks, note, savedAt: new Date().toISOString(), baseRevision, draftVersion };
    window.localStorage.setItem(key, JSON.stringify(value));
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [blocks, note, dirty, key, baseRevision, draftVersion]);

  return {
    backup,
    /** The offer is taken or declined: stop offering it. */
    dismiss: () => setBackup(null),
    /** The work is saved (or discarded on purpose): forget the backup. */
    clear: () => {
      window.localStorage.removeItem(key);
      setBackup(null);
    },
  };
}
