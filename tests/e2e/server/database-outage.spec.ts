/**
 * Fault test on a real server: PostgreSQL stops in the middle of a run and comes back. Public pages
 * and search keep serving from memory, health says 503, a write fails with a clear 503 and leaves
 * nothing behind, and once the database is back the server recovers by itself, with no restart.
 * It stops the throwaway cluster `npm test` starts (scripts/start-test-postgres.sh) and always starts it again.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { expect, test } from "@playwright/test";
import pg from "pg";

const ADMIN_URL = process.env.TEST_POSTGRES_URL;
const PORT = 3293;
const BASE = `http://127.0.0.1:${PORT}`;
const EMAIL = "outage@e2e.test";
const PASSWORD = "e2e-outage-harbour-58";
const cluster = ADMIN_URL ? `/tmp/compendium-pg-${new URL(ADMIN_URL).port}` : "";
const pgCtl = `${spawnSync("bash", ["-c", "ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1"], { encoding: "utf8" }).stdout.trim()}/pg_ctl`;
const asPostgres = (args: string[]) => (process.getuid?.() === 0 ? spawnSync("runuser", ["-u", "postgres", "--", pgCtl, ...args], { encoding: "utf8" }) : spawnSync(pgCtl, args, { encoding: "utf8" }));
const clusterRunning = () => asPostgres(["-D", cluster, "status"]).status === 0;
const startCluster = () => asPostgres(["-D", cluster, "-l", `${cluster}/server.log`, "-w", "-o", `-c listen_addresses=127.0.0.1 -p ${new URL(ADMIN_URL!).port} -k /tmp -c fsync=off -c max_connections=200`, "start"]);

let server: ChildProcess;
let log = "";
let databaseUrl = "";
const name = `compendium_outage_${process.pid}`;

test.describe.configure({ mode: "serial" });
test.skip(!ADMIN_URL || !clusterRunning(), "needs the throwaway PostgreSQL cluster that npm test starts (TEST_POSTGRES_URL)");

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(ADMIN_URL!);
  url.pathname = `/${name}`;
  databaseUrl = url.toString();
  const env = { ...process.env, DATABASE_URL: databaseUrl };
  const ingest = spawnSync("npm", ["run", "-s", "ingest"], { env, encoding: "utf8" });
  if (ingest.status !== 0) throw new Error(`ingest failed: ${ingest.stderr}`);
  const user = spawnSync("npm", ["run", "-s", "user:create", "--", "--email", EMAIL, "--role", "editor"], { env: { ...env, COMPENDIUM_PASSWORD: PASSWORD }, encoding: "utf8" });
  if (user.status !== 0) throw new Error(`user:create failed: ${user.stderr}`);
  server = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...env, PORT: String(PORT), SITE_URL: BASE, WEB_CONCURRENCY: "1", CONTENT_POLL_MS: "500", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  server.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  server.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log, { timeout: 120_000 }).toContain("(1 worker)");
});

test.afterAll(async () => {
  if (!clusterRunning()) startCluster();
  server?.kill("SIGTERM");
  if (server) await new Promise((resolve) => server.once("exit", resolve));
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});

test("serves from memory while PostgreSQL is down, refuses writes clearly, and recovers by itself", async ({ request }) => {
  test.setTimeout(60_000);
  const signIn = await request.post(`${BASE}/api/auth/sign-in/email`, { headers: { origin: BASE }, data: { email: EMAIL, password: PASSWORD } });
  expect(signIn.status()).toBe(200);
  const cookie = signIn.headers()["set-cookie"]!.split("\n").map((c) => c.split(";")[0]).join("; ");
  const part = (await (await request.get(`${BASE}/api/v1/editor/parts/who/recommendations`, { headers: { cookie } })).json()) as { revision: number; published: { blocks: { text: string }[] } };
  const content = { blocks: part.published.blocks.map((b, i) => (i === 0 ? { ...b, text: "Written during the outage test." } : b)) };
  const save = () => request.put(`${BASE}/api/v1/editor/parts/who/recommendations/draft`, { headers: { cookie, origin: BASE }, data: { baseRevision: part.revision, draftVersion: null, content } });
  for (const path of ["/agencies/who", "/api/v1/search?q=remittances&limit=3", "/themes/remittances"]) expect((await request.get(BASE + path)).status()).toBe(200);

  try {
    expect(asPostgres(["-D", cluster, "-m", "fast", "-w", "stop"]).status).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1200)); // past CONTENT_POLL_MS: the next requests check the database
    for (const path of ["/agencies/who", "/api/v1/search?q=remittances&limit=3", "/themes/remittances"]) expect(`${path} ${(await request.get(BASE + path)).status()}`).toBe(`${path} 200`);
    const health = await request.get(`${BASE}/api/health`);
    expect(health.status()).toBe(503);
    expect(((await health.json()) as { database: { reachable: boolean } }).database.reachable).toBe(false);
    const refused = await save();
    expect(refused.status()).toBe(503);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/not reachable right now\. Nothing was changed/);
    expect(refused.headers()["x-content-type-options"]).toBe("nosniff");
    expect(refused.headers()["retry-after"]).toBe("5");
  } finally {
    if (!clusterRunning()) expect(startCluster().status).toBe(0);
  }
  // Back by itself: health, then the same write succeeds (the refused one left no draft behind).
  await expect.poll(async () => (await request.get(`${BASE}/api/health`)).status(), { timeout: 30_000 }).toBe(200);
  const saved = await save();
  expect(saved.status()).toBe(200);
  expect(((await saved.json()) as { version: number }).version).toBe(1);
  expect(log).not.toMatch(/exited \(/); // no worker died or was restarted
});
