/**
 * `npm test`: every suite, in order — unit (Vitest), integration on a real embedded PostgreSQL
 * (Vitest), end-to-end in Chromium (Playwright) — then one closing line summed over all of them:
 * `N passed, N failed`. Exits non-zero when anything failed or a suite could not report.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const results = path.join(root, "test-results");
const bin = (name: string) => path.join(root, "node_modules/.bin", name);

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Suite {
  name: string;
  command: string;
  args: string[];
  report: string;
  read(json: unknown): Counts;
}

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}
interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  errors?: unknown[];
}

const vitest = (project: string): Suite => ({
  name: project,
  command: bin("vitest"),
  args: ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${path.join(results, `${project}.json`)}`],
  report: path.join(results, `${project}.json`),
  read: (json) => {
    const r = json as VitestReport;
    return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
  },
});

const suites: Suite[] = [
  vitest("unit"),
  vitest("integration"),
  {
    name: "e2e",
    command: bin("playwright"),
    args: ["test"],
    report: path.join(results, "e2e.json"),
    read: (json) => {
      const r = json as PlaywrightReport;
      // A flaky test passed on retry: it counts as passed, and Playwright's own summary names it.
      return { passed: r.stats.expected + r.stats.flaky, failed: r.stats.unexpected + (r.errors?.length ?? 0), skipped: r.stats.skipped };
    },
  },
];

function run(suite: Suite): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(suite.command, suite.args, {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(process.env.CI ? { FORCE_COLOR: "0" } : {}) },
    });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

mkdirSync(results, { recursive: true });
const only = process.argv.slice(2);
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const lines: string[] = [];
for (const suite of suites.filter((s) => only.length === 0 || only.includes(s.name))) {
  rmSync(suite.report, { force: true });
  const started = Date.now();
  const code = await run(suite);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  let counts: Counts;
  if (existsSync(suite.report)) {
    counts = suite.read(JSON.parse(readFileSync(suite.report, "utf8")));
    // A runner that exits non-zero without a failing test (a crash in set-up) still fails the run.
    if (code !== 0 && counts.failed === 0) counts.failed = 1;
  } else {
    counts = { passed: 0, failed: 1, skipped: 0 };
  }
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  lines.push(`${suite.name.padEnd(12)} ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (${seconds} s)${existsSync(suite.report) ? "" : " — no report: the runner did not finish"}`);
}

console.log(`\n${lines.join("\n")}`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
