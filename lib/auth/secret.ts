/**
 * The secret Better Auth signs cookies with: AUTH_SECRET when set (set it in production,
 * the same on every instance), otherwise one generated once and kept in data/.auth-secret
 * next to the embedded database, so a fresh `npm start` works without configuration.
 */
import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export function authSecret(configured: string | undefined, dataDir = join(process.cwd(), "data")): string {
  if (configured) return configured;
  const file = join(dataDir, ".auth-secret");
  const stored = () => {
    const text = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
    return text.length >= 32 ? text : null;
  };
  const existing = stored();
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  try {
    // Exclusive create: when several processes start at once, the first one's secret wins and all use it.
    writeFileSync(file, secret, { mode: 0o600, flag: "wx" });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    const theirs = stored();
    if (theirs) return theirs;
    writeFileSync(file, secret, { mode: 0o600, flag: "w" }); // a damaged file (too short): replace it
    return secret;
  }
}
