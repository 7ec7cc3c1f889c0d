/**
 * `npm start` runs several server workers on one port (node:cluster). A second server is started
 * here on its own port, on the end-to-end database, with two workers: every fresh connection is
 * served, a session made on one worker is accepted by the other, a worker that dies is replaced
 * while the other keeps serving, and SIGHUP replaces them (each old one only once its replacement is warm) without failing a request.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";

const PORT = 3291;
const BASE = `http://127.0.0.1:${PORT}`;
const PASSWORD = "e2e-workers-quay-73";
const EMAIL = "workers@e2e.test";
const DATABASE_URL = process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db";

let server: ChildProcess;
let log = "";

test.describe.configure({ mode: "serial" });

test.beforeAll(async () => {
  const created = spawnSync("npm", ["run", "-s", "user:create", "--", "--email", EMAIL, "--role", "editor"], {
    env: { ...process.env, DATABASE_URL, COMPENDIUM_PASSWORD: PASSWORD },
    encoding: "utf8",
  });
  if (created.status !== 0 && !/already exists/i.test(created.stderr)) throw new Error(`user:create failed: ${created.stderr}`);
  server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(PORT), SITE_URL: BASE, DATABASE_URL, WEB_CONCURRENCY: "2", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log, { timeout: 120_000 }).toContain("(2 workers)");
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await new Promise((resolve) => server?.once("exit", resolve));
});

/** One request on its own connection, so the cluster hands it to the next worker in turn. */
async function get(path: string, headers: Record<string, string> = {}) {
  return fetch(BASE + path, { headers: { connection: "close", ...headers }, redirect: "manual" });
}

function workerPids(): number[] {
  const out = spawnSync("pgrep", ["-P", String(server.pid)], { encoding: "utf8" }).stdout;
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
  await expect.poll(() => log, { timeout: 10_000 }).toContain(`worker ${victim} exited (SIGKILL); starting another`);
  for (let i = 0; i < 4; i++) expect((await get("/api/v1/search?q=refugees&limit=1")).status).toBe(200);
  await expect.poll(() => workerPids().filter((pid) => pid !== victim && pid !== survivor), { timeout: 60_000 }).toHaveLength(1);
  for (let i = 0; i < 4; i++) expect((await get("/agencies/who")).status).toBe(200);
});

test("kill -HUP replaces every worker, each once its replacement is warm, failing no request under load", async () => {
  test.setTimeout(120_000);
  const before = workerPids();
  const restarted = log.split("rolling restart complete").length;
  // Bounded load on 127.0.0.1 only: 4 connections, at most 30 s, stopped once the restart is done.
  let finish: (result: autocannon.Result) => void = () => undefined;
  const result = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const load = autocannon(
    { url: BASE, connections: 4, duration: 30, requests: [{ path: "/robots.txt" }, { path: "/api/v1/search?q=remittances&limit=3" }, { path: "/api/health" }] },
    (error, done) => finish(error ? ({ errors: 1, timeouts: 0, non2xx: 0, requests: { total: 0 } } as unknown as autocannon.Result) : done),
  );
  await new Promise((resolve) => setTimeout(resolve, 250));
  process.kill(server.pid!, "SIGHUP");
  await expect.poll(() => log.split("rolling restart complete").length, { timeout: 90_000 }).toBe(restarted + 1);
  await new Promise((resolve) => setTimeout(resolve, 250));
  load.stop();
  const done = await result;
  expect(done.requests.total).toBeGreaterThan(100);
  expect({ errors: done.errors, timeouts: done.timeouts, non2xx: done.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
  const after = workerPids();
  expect(after).toHaveLength(2);
  expect(after.filter((pid) => before.includes(pid))).toEqual([]);
});
