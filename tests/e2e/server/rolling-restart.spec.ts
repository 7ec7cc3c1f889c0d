/**
 * `kill -HUP` on `npm start` replaces its workers without failing a request under load: each old worker
 * is asked to finish only once its replacement is warm and listening. On a portal of its own with one
 * worker, so the replacement warms up on a machine that is otherwise serving, not building two indexes.
 */
import { spawnSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import autocannon from "autocannon";
import { startPortal, type Portal } from "../support/portal";

const PORT = 3296;
const BASE = `http://127.0.0.1:${PORT}`;
let portal: Portal;

test.beforeAll(async () => {
  test.setTimeout(150_000);
  portal = await startPortal({ env: { ...process.env, PORT: String(PORT), SITE_URL: BASE, DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db" }, workers: 1 });
});

test.afterAll(async () => {
  await portal?.stop();
});

function workerPids(): number[] {
  const out = spawnSync("pgrep", ["-P", String(portal.process.pid)], { encoding: "utf8" }).stdout;
  return out.split("\n").filter(Boolean).map(Number);
}

test("kill -HUP replaces every worker, each once its replacement is warm, failing no request under load", async () => {
  test.setTimeout(120_000);
  const before = workerPids();
  const restarted = portal.log().split("rolling restart complete").length;
  // Bounded load on 127.0.0.1 only: 4 connections, at most 30 s, stopped once the restart is done.
  let finish: (result: autocannon.Result) => void = () => undefined;
  const result = new Promise<autocannon.Result>((resolve) => (finish = resolve));
  const load = autocannon(
    { url: BASE, connections: 4, duration: 30, requests: [{ path: "/robots.txt" }, { path: "/api/v1/search?q=remittances&limit=3" }, { path: "/api/health" }] },
    (error, done) => finish(error ? ({ errors: 1, timeouts: 0, non2xx: 0, requests: { total: 0 } } as unknown as autocannon.Result) : done),
  );
  await new Promise((resolve) => setTimeout(resolve, 250));
  process.kill(portal.process.pid!, "SIGHUP");
  await expect.poll(() => portal.log().split("rolling restart complete").length, { timeout: 90_000 }).toBe(restarted + 1);
  await new Promise((resolve) => setTimeout(resolve, 250));
  load.stop();
  const done = await result;
  expect(done.requests.total).toBeGreaterThan(100);
  expect({ errors: done.errors, timeouts: done.timeouts, non2xx: done.non2xx }).toEqual({ errors: 0, timeouts: 0, non2xx: 0 });
  const after = workerPids();
  expect(after).toHaveLength(1);
  expect(after.filter((pid) => before.includes(pid))).toEqual([]);
});
