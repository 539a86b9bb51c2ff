/**
 * End-to-end tests: the real app (`scripts/start.ts`: embedded PostgreSQL, migrations, seed import, build,
 * `next start`) in its own data folder and on its own port, driven by Debian's Chromium (Playwright's own
 * browser download is not reachable here).
 */
import { defineConfig, devices } from "@playwright/test";

const PORT = 3100;
const baseURL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  forbidOnly: Boolean(process.env.CI),
  // Generous: two cores shared with builds and other suites; a slow page is not what these tests check.
  timeout: 120_000,
  expect: { timeout: 20_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      // Without the background-networking flags Chromium floods the closed network with refused connections.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: "npx tsx scripts/start.ts",
    url: baseURL,
    env: { PORT: String(PORT), POINTWISE_DATA_DIR: ".data/e2e", NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: !process.env.CI,
    // The first run builds the app (1-2 min on two idle cores, far more on a busy machine); later runs only start it.
    timeout: 600_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
