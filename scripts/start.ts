/**
 * npm start: prepare the database (migrate, then ingest if the source changed),
 * build the app if there is no build yet, and serve it on PORT (default 3000) from
 * WEB_CONCURRENCY worker processes (default: one per core, at most 4). This process, the
 * cluster primary, also runs search's sentence encoder for all of them (one copy per server).
 */
import { spawnSync } from "node:child_process";
import cluster, { type Worker } from "node:cluster";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { SYSTEM_INGEST } from "../lib/access/actor";
import { authSecret } from "../lib/auth/secret";
import { importSource } from "../lib/db/imports/import-source";
import { env } from "../lib/env";
import { defaultSourcePath, parseSourceFile } from "../lib/ingest/run-ingest";
import { serveEncoder, warmEncoder } from "../lib/search/meaning/encoder-service";

const root = process.cwd();
const nextBin = join(root, "node_modules/next/dist/bin/next");

async function prepareDatabase(): Promise<void> {
  const parsed = parseSourceFile(defaultSourcePath(root), root);
  const outcome = await importSource({
    databaseUrl: env.DATABASE_URL,
    root,
    parsed,
    actor: SYSTEM_INGEST,
    onStep: (_, applied) => applied && console.log(`› applied migrations: ${applied.join(", ")}`),
  });
  console.log(outcome.status === "imported" ? `› imported ${outcome.blocks} blocks (${outcome.reason})` : "› content is up to date");
}

/** One server process per core (at most 4) unless WEB_CONCURRENCY says otherwise: Node runs JavaScript on one core. */
function workerCount(): number {
  return env.WEB_CONCURRENCY ?? Math.min(4, availableParallelism());
}

/**
 * Forks the server workers. Each builds its own search index and polls the database's content
 * version, as separate instances do, so they stay consistent without talking to each other.
 * A worker that dies is replaced; if workers die more than three times each within 30 s, the server stops.
 * SIGHUP replaces the workers (a rolling restart, e.g. after `npm run build`): the replacements warm up
 * side by side, and each old worker is asked to finish its requests and exit only once a replacement is
 * warm and listening, so the number of serving workers never drops.
 */
function serve(count: number): void {
  cluster.setupPrimary({ exec: join(root, "scripts/serve-worker.ts"), execArgv: ["--import", "tsx"] });
  const meaning = env.SEARCH_ENCODER !== "off";
  // The workers ask this process to encode queries and changed passages, rather than each loading the model.
  const workerEnv = { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", SEARCH_ENCODER: meaning ? "primary" : "off" };
  let stopping = false;
  let restarting = false;
  let ready = 0;
  const retiring = new Set<number>();
  const quickDeaths: number[] = [];
  const fork = (): Worker => {
    const worker = cluster.fork(workerEnv);
    if (meaning) serveEncoder(worker);
    worker.on("message", (message: unknown) => {
      if ((message as { ready?: boolean })?.ready && ++ready === count) console.log(`› serving on http://localhost:${env.PORT} (${count} worker${count > 1 ? "s" : ""})`);
    });
    return worker;
  };
  const readyOf = (worker: Worker) =>
    new Promise<boolean>((resolve) => {
      worker.on("message", (message: unknown) => (message as { ready?: boolean })?.ready && resolve(true));
      worker.once("exit", () => resolve(false));
    });
  cluster.on("exit", (worker, code, signal) => {
    if (retiring.delete(worker.id)) return;
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const now = Date.now();
    quickDeaths.push(now);
    while (quickDeaths.length > 0 && now - quickDeaths[0]! > 30_000) quickDeaths.shift();
    if (quickDeaths.length > count * 3) {
      console.error("start: server workers keep failing; stopping.");
      process.exit(1);
    }
    console.error(`start: worker ${worker.process.pid} exited (${signal ?? code}); starting another`);
    fork();
  });
  for (let i = 0; i < count; i++) fork();
  if (meaning) warmEncoder().catch((error: unknown) => console.error("start: the sentence encoder failed to load; search answers by words only:", error instanceof Error ? error.message : error));
  const rollingRestart = async () => {
    if (restarting || stopping) return;
    restarting = true;
    console.log("› rolling restart: replacing the workers, each once its replacement is warm");
    // The replacements warm up side by side (a restart takes one warm-up, not one per worker); each old
    // worker is asked to finish only once a replacement is listening, so capacity never drops.
    const olds = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      olds.map(async (old) => {
        const replacement = fork();
        if (!(await readyOf(replacement)) || stopping) {
          if (!stopping) console.error("start: a replacement worker failed to start; keeping the old one.");
          return;
        }
        retiring.add(old.id);
        const gone = new Promise((resolve) => old.once("exit", resolve));
        old.process.kill("SIGTERM");
        await gone;
      }),
    );
    restarting = false;
    console.log("› rolling restart complete");
  };
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  process.on("SIGHUP", () => void rollingRestart());
}

async function main(): Promise<void> {
  await prepareDatabase();
  if (!existsSync(join(root, ".next/BUILD_ID"))) {
    console.log("› building the app (first start)");
    const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }
  // Made once here, before the workers start, so that every worker signs sessions with the same secret.
  authSecret(env.AUTH_SECRET);
  serve(workerCount());
}

main().catch((error: unknown) => {
  console.error("start: failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
