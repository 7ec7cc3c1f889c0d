/**
 * A second portal for the server tests: `npm start`'s entry point on a port of its own, with the
 * environment the test gives, its output collected, and ready once all its workers listen.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { expect } from "@playwright/test";

export type Portal = { process: ChildProcess; log: () => string; stop: () => Promise<void> };

export async function startPortal({ env, workers, timeout = 120_000 }: { env: NodeJS.ProcessEnv; workers: number; timeout?: number }): Promise<Portal> {
  let log = "";
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/start.ts"], {
    env: { ...env, WEB_CONCURRENCY: String(workers), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await expect.poll(() => log, { timeout }).toContain(`(${workers} worker${workers > 1 ? "s" : ""})`);
  return {
    process: child,
    log: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      const gone = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await gone;
    },
  };
}
