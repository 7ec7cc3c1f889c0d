/**
 * Validated configuration. Everything the app reads from process.env goes through
 * here, so a bad value fails at start-up with a readable message.
 */
import { z } from "zod";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string()
    .trim()
    .refine((url) => url === "" || /^(file:|postgres(ql)?:\/\/)/.test(url), {
      message: "must start with file: (SQLite) or postgresql:// (PostgreSQL)",
    })
    .optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Public base URL used in citations, sitemaps and permalinks. Unset: http://localhost:<PORT>. */
  SITE_URL: z.url().optional(),
  /**
   * Addresses of the reverse proxies in front of the app, comma-separated. Only from these are
   * X-Forwarded-For/Host/Proto believed; unset, the client is the socket's address.
   */
  TRUSTED_PROXIES: z
    .string()
    .default("")
    .transform((list) => list.split(",").map((ip) => ip.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6()], { error: "each entry must be an IP address" }))),
  /** How often (ms) an instance checks the database content version. */
  CONTENT_POLL_MS: z.coerce.number().int().min(200).max(60_000).default(2000),
  /** Memory (MB) each `npm start` worker gives its page cache (lib/server/page-cache.ts); 0 turns it off. */
  PAGE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(64),
  /** Server processes `npm start` runs, sharing one port. Unset: one per CPU core, at most 4. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1, "must be at least 1").max(32, "must be at most 32").optional(),
  /**
   * Where search's sentence encoder runs (lib/search/meaning/encoder-service.ts): "process" loads it
   * in this process, "primary" asks the cluster primary (npm start sets this for its workers), "off"
   * answers by words only.
   */
  SEARCH_ENCODER: z.enum(["process", "primary", "off"]).default("process"),
  /** Signs session cookies; at least 32 characters. Unset: one is generated into data/.auth-secret. */
  AUTH_SECRET: z.string().min(32, "must have at least 32 characters").optional(),
});

export type Env = Omit<z.infer<typeof envSchema>, "SITE_URL"> & { SITE_URL: string };

export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const details = result.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`Invalid environment configuration:\n${details}`);
  }
  // One truth for the site's address: without SITE_URL it is where the app is served.
  return { ...result.data, SITE_URL: result.data.SITE_URL ?? `http://localhost:${result.data.PORT}` };
}

export const env: Env = parseEnv(process.env);
