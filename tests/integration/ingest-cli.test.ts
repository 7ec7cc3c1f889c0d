/**
 * The ingest command line on real and broken sources. Every broken source must fail
 * with a message naming the problem, exit non-zero, and leave the database as it was.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookExportSchema } from "@/lib/book/schema";
import { ROOT } from "../support/real-book";
import { freshSqlite, type TestDatabase } from "../support/databases";

const SOURCE = readFileSync(join(ROOT, "content/source/compendium.txt"), "utf8");
const work = mkdtempSync(join(tmpdir(), "compendium-cli-"));
let database: TestDatabase;

function ingest(args: string[]) {
  const result = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/ingest.ts", ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

function writeSource(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
}

/** A fingerprint of the database: if any of this changes, the database was touched. */
async function snapshot() {
  const { createDb } = await import("@/lib/db/client");
  const db = createDb(database.url);
  try {
    const [blocks, runs, state, first] = await Promise.all([
      db.block.count(),
      db.importRun.count(),
      db.contentState.findUnique({ where: { id: 1 } }),
      db.block.findFirst({ orderBy: { position: "asc" } }),
    ]);
    return { blocks, runs, version: state?.version, first: first?.text };
  } finally {
    await db.$disconnect();
  }
}

beforeAll(() => {
  database = freshSqlite();
  const first = ingest([]);
  expect(first.code, first.err).toBe(0);
}, 180_000);

afterAll(async () => database.drop());

describe("npm run ingest", () => {
  const lines = SOURCE.split("\n");
  const cut = (from: number, to: number) => [...lines.slice(0, from), ...lines.slice(to)].join("\n");
  const whoStart = lines.findIndex((l) => l === "World Health Organization");
  const faoStart = lines.findIndex((l) => l === "Food and Agriculture Organization of the United Nations");
  const icaoStart = lines.findIndex((l, i) => i > faoStart && l === "International Civil Aviation Organization");
  const backCover = lines.findIndex((l) => l.startsWith("Empowered lives"));
  it("prints a per-chapter report with totals and passes the structure rules", () => {
    const { code, out } = ingest(["--check"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^\s*29\s+world-bank\s+6\s/m);
    expect(out).toMatch(/TOTAL/);
    expect(out).toMatch(/structure: all chapters pass the structure rules/);
  });

  it("fails --check on an unknown heading, a part out of order and an empty part", async () => {
    const edited = [...lines];
    const at = (text: string, from: number) => edited.findIndex((l, i) => i > from && l === text);
    const gfmd = "2. Support provided to the Global Forum on Migration and Development";
    edited[at("4. Challenges identified in carrying out FAO work", faoStart)] = "4. Things we found hard";
    edited[at(gfmd, faoStart) + 2] = ""; // FAO's only GFMD paragraph: the part is left empty
    edited[at(gfmd, icaoStart)] = "6. Recommendations for the 2013 High-level Dialogue";
    const broken = edited.join("\n");
    const before = await snapshot();
    const check = ingest(["--check", "--source", writeSource("broken.txt", broken)]);
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/fao line \d+: unknown section heading "4\. Things we found hard"/);
    expect(check.out).toMatch(/fao line \d+: section "2\. Support provided to the Global Forum on Migration and Development" is empty/);
    expect(check.out).toMatch(/icao line \d+: section "3\. Identified good practices" is out of order/);
    expect(check.out).toMatch(/icao line \d+: a second "recommendations" section/);
    const load = ingest(["--source", writeSource("broken.txt", broken)]);
    expect(load.code).toBe(1);
    expect(load.err).toMatch(/Not importing/);
    expect(await snapshot()).toEqual(before);
  });

  it("says so and changes nothing when the source is unchanged", async () => {
    const before = await snapshot();
    const { code, out } = ingest([]);
    expect(code).toBe(0);
    expect(out).toMatch(/Source unchanged since the import of .*nothing to do/);
    expect(await snapshot()).toEqual(before);
  });

  it("writes the export format on --dry-run --out without touching the database", async () => {
    const before = await snapshot();
    const out = join(work, "export.json");
    const result = ingest(["--dry-run", "--out", out]);
    expect(result.code).toBe(0);
    const parsed = bookExportSchema.parse(JSON.parse(readFileSync(out, "utf8")));
    expect(parsed.format).toBe("compendium-export/1");
    expect(parsed.source.file).toBe("content/source/compendium.txt");
    expect(parsed.chapters).toHaveLength(28);
    expect(await snapshot()).toEqual(before);
  });

  it("rejects unknown options with a clear message", () => {
    const { code, err } = ingest(["--bogus"]);
    expect(code).not.toBe(0);
    expect(err).toMatch(/Unknown option '--bogus'/);
  });


  const BAD: Array<[string, () => string, RegExp]> = [
    ["a missing file", () => join(work, "nope.txt"), /Cannot read the source file .*nope\.txt: ENOENT/],
    ["an empty file", () => writeSource("empty.txt", ""), /empty \(0 bytes\)/],
    ["a binary file", () => writeSource("binary.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])), /binary: it contains a NUL byte/],
    ["text with no table of contents", () => writeSource("no-toc.txt", SOURCE.replace("Table of contents", "Contents page")), /No table of contents found/],
    [
      "a chapter the contents list but the body lacks",
      () => writeSource("no-who.txt", lines.map((l) => (l === "World Health Organization" ? "WHO" : l)).join("\n")),
      /Chapter 26 "World Health Organization" is listed in the table of contents \(line \d+\) but its title line was not found/,
    ],
    [
      "a duplicated chapter",
      () => writeSource("dup.txt", [...lines.slice(0, backCover), ...lines.slice(faoStart - 2, icaoStart - 2), ...lines.slice(backCover)].join("\n")),
      /Line \d+: chapter 2 "Food and Agriculture Organization of the United Nations" appears again/,
    ],
    ["a file truncated in the last chapter", () => writeSource("cut-end.txt", cut(backCover - 40, lines.length)), /without the back-cover text .*looks truncated/],
    ["a file truncated mid-book", () => writeSource("cut-mid.txt", lines.slice(0, whoStart - 30).join("\n")), /looks truncated/],
  ];

  it.each(BAD)("refuses %s and leaves the database untouched", async (_name, make, message) => {
    const before = await snapshot();
    const { code, err } = ingest(["--source", make()]);
    expect(code).not.toBe(0);
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\n\s+at /); // a message, not a stack trace
    expect(await snapshot()).toEqual(before);
  });
});
