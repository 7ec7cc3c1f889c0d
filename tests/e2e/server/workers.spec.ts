/**
 * `npm start` runs several server workers on one port (node:cluster). A second server is started
 * here on its own port, on the end-to-end database, with two workers: every fresh connection is
 * served, a session made on one worker is accepted by the other, a worker that dies is replaced
 * while the other keeps serving (the rolling restart has its own test, rolling-restart.spec.ts).
 */
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { startPortal, type Portal } from "../support/portal";

const PORT = 3291;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "e2e-workers-quay-73";
const EMAIL = "workers@e2e.test";
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

let portal: Portal;

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const created = spawnSync("npm", ["run", "-s", "user:create", "--", "--email", EMAIL, "--role", "editor"], {
    env: { ...process.env, DATABASE_URL, COMPENDIUM_PASSWORD: PASSWORD },
    encoding: "utf8",
  });
  if (created.status !== 0 && !/already exists/i.test(created.stderr)) throw new Error(`user:create failed: ${created.stderr}`);
  portal = await startPortal({ env: { ...process.env, PORT: String(PORT), SITE_URL: BASE, DATABASE_URL }, workers: 2 });
});

test.afterAll(async () => {
  await portal?.stop();
});

/** One request on its own connection, so the cluster hands it to the next worker in turn. */
async function get(path: string, headers: Record<string, string> = {}) {
  return fetch(BASE + path, { headers: { connection: "close", ...headers }, redirect: "manual" });
}

function workerPids(): number[] {
  const out = spawnSync("pgrep", ["-P", String(portal.process.pid)], { encoding: "utf8" }).stdout;
  return out.split("\n").filter(Boolean).map(Number);
}

test("both workers serve, and a session made on one is accepted by the other", async () => {
  expect(workerPids()).toHaveLength(2);
  for (let i = 0; i < 6; i++) expect((await get("/api/v1/search?q=remittances&limit=1")).status).toBe(200);

  const signIn = await fetch(`${BASE}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: BASE, connection: "close" },
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  expect(signIn.status).toBe(200);
  const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  for (let i = 0; i < 6; i++) {
    const page = await get("/editor", { cookie });
    expect(page.status, "a signed-in editor sees the dashboard on every worker").toBe(200);
  }
});

test("a worker that dies is replaced, and the other keeps serving meanwhile", async () => {
  test.setTimeout(120_000);
  const [victim, survivor] = workerPids();
  process.kill(victim!, "SIGKILL");
  // Connections already handed to the dead worker are lost; once the primary has seen the exit, none are.
  await expect.poll(() => portal.log(), { timeout: 10_000 }).toContain(`worker ${victim} exited (SIGKILL); starting another`);
  for (let i = 0; i < 4; i++) expect((await get("/api/v1/search?q=refugees&limit=1")).status).toBe(200);
  await expect.poll(() => workerPids().filter((pid) => pid !== victim && pid !== survivor), { timeout: 60_000 }).toHaveLength(1);
  for (let i = 0; i < 4; i++) expect((await get("/agencies/who")).status).toBe(200);
});
