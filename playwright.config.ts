/**
 * End-to-end tests in Chromium. On this project's machines Playwright drives Debian's
 * /usr/bin/chromium; set CHROMIUM_PATH to another binary, or to "" to use Playwright's own.
 */
import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ["--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        },
      },
    },
  ],
  webServer: {
    command: "npm start",
    url: `http://127.0.0.1:${port}/api/v1/agencies`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: {
      PORT: String(port),
      // Better Auth accepts sign-ins only from the site's own origin.
      SITE_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "file:./data/e2e.db",
      NEXT_TELEMETRY_DISABLED: "1",
      // Two server workers on any machine, so every journey also crosses workers (sessions, publishing).
      WEB_CONCURRENCY: "2",
    },
  },
});
