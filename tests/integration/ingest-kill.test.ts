/**
 * Fault test: the ingest killed with SIGKILL in the middle of a (forced) re-import, on SQLite and on
 * PostgreSQL. The import is one transaction, so the database must be exactly as before, and the
 * next run must complete.
 */
import { spawn, spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshPostgres, freshSqlite, type TestDatabase } from "../support/databases";
import { ROOT } from "../support/real-book";

function ingestSync(url: string, args: string[] = []) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8", timeout: 180_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Starts a forced re-import and kills it with SIGKILL `afterMs` after it has printed its report (when the writes begin). */
function killedIngest(url: string, afterMs: number): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", "--force"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url } });
    let out = "";
    let armed = false;
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
      if (!armed && /TOTAL/.test(out)) {
        armed = true;
        setTimeout(() => child.kill("SIGKILL"), afterMs);
      }
    });
    child.on("exit", (_code, signal) => resolve(`${signal ?? "exited"}: ${out.split("\n").filter((l) => l.startsWith("Imported")).join("")}`));
  });
}

async function fingerprint(url: string) {
  const { createDb } = await import("@/lib/db/client");
  const db = createDb(url);
  try {
    const [blocks, notes, tags, runs, state, text] = await Promise.all([
      db.block.count(),
      db.footnote.count(),
      db.blockTag.count(),
      db.importRun.count(),
      db.contentState.findUnique({ where: { id: 1 } }),
      db.block.findMany({ select: { id: true, text: true }, orderBy: { id: "asc" } }),
    ]);
    return JSON.stringify({ blocks, notes, tags, runs, version: state?.version, text });
  } finally {
    await db.$disconnect();
  }
}

describe.each([
  ["SQLite", freshSqlite],
  ["PostgreSQL", freshPostgres],
] as const)("the ingest killed mid-import on %s", (_name, fresh) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await fresh();
    const first = ingestSync(database.url);
    expect(first.code, first.err).toBe(0);
  }, 240_000);
  afterAll(async () => database?.drop());

  it("leaves the database exactly as before, and the next run completes", async () => {
    let before = await fingerprint(database.url);
    let killedMidway = 0;
    for (const afterMs of [50, 300, 700]) {
      const outcome = await killedIngest(database.url, afterMs);
      const now = await fingerprint(database.url);
      // Killed before its commit: nothing changed. A late kill may find it committed: then it is whole (one more run, same blocks).
      if (now === before) {
        if (!outcome.includes("Imported")) killedMidway++;
      } else {
        const [was, is] = [JSON.parse(before), JSON.parse(now)] as { runs: number; blocks: number; notes: number }[];
        expect({ runs: is!.runs, blocks: is!.blocks, notes: is!.notes }).toEqual({ runs: was!.runs + 1, blocks: was!.blocks, notes: was!.notes });
        before = now;
      }
    }
    expect(killedMidway).toBeGreaterThan(0); // at least one kill landed inside the import
    const next = ingestSync(database.url, ["--force"]);
    expect(next.code, next.err).toBe(0);
    expect(next.out).toMatch(/Imported \d+ blocks/);
    const after = JSON.parse(await fingerprint(database.url)) as { runs: number; version: number };
    expect(after.runs).toBe((JSON.parse(before) as { runs: number }).runs + 1);
  }, 240_000);
});
