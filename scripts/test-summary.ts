import { existsSync, readFileSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

/**
 * Reads what the steps of scripts/test.sh left in test-results/ and prints the timing table and
 * the closing line. A step whose runner wrote no report, or that failed outside its tests
 * (a crash, a failing setup), counts as one failed check.
 */
type Step = { name: string; rc: number; seconds: number };
type Counts = { passed: number; failed: number; skipped: number };

const steps: Step[] = readFileSync("test-results/steps.tsv", "utf8")
  .trim()
  .split("\n")
  .filter(Boolean)
  .map((line) => {
    const [name = "", rc = "1", seconds = "0"] = line.split("\t");
    return { name, rc: Number(rc), seconds: Number(seconds) };
  });

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults?: {
    name: string;
    message?: string;
    assertionResults: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
};
type PlaywrightSuite = {
  title: string;
  file?: string;
  specs?: { title: string; ok: boolean; tests: { results: { error?: { message?: string } }[] }[] }[];
  suites?: PlaywrightSuite[];
};
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; skipped: number; flaky: number };
  suites?: PlaywrightSuite[];
};

/** The first line of a failure, without terminal colours: enough to tell which check broke. */
const firstLine = (text = "") =>
  (
    stripVTControlCharacters(text)
      .split("\n")
      .find((l) => l.trim()) ?? ""
  )
    .trim()
    .slice(0, 300);

/** Names of the failed tests of a report (CI shows only the end of the output, so they are repeated here). */
function failuresIn(file: string): string[] {
  if (!existsSync(file)) return [];
  if (file.endsWith("playwright.json")) {
    const out: string[] = [];
    const walk = (suite: PlaywrightSuite, file?: string) => {
      for (const spec of suite.specs ?? [])
        if (!spec.ok)
          out.push(
            `${suite.file ?? file ?? ""} › ${spec.title}: ${firstLine(spec.tests[0]?.results.at(-1)?.error?.message)}`,
          );
      for (const child of suite.suites ?? []) walk(child, suite.file ?? file);
    };
    for (const suite of (JSON.parse(readFileSync(file, "utf8")) as PlaywrightReport).suites ?? []) walk(suite);
    return out;
  }
  const report = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  return (report.testResults ?? []).flatMap((f) => {
    const failed = f.assertionResults
      .filter((a) => a.status === "failed")
      .map((a) => `${f.name} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}`);
    // A file that failed before any test ran (an import or a hook) has no failed assertion.
    return failed.length || !f.message ? failed : [`${f.name}: ${firstLine(f.message)}`];
  });
}

function reportFor(name: string): Counts | null {
  const file = name.startsWith("unit+integration")
    ? "test-results/vitest-pglite.json"
    : name.startsWith("integration (PostgreSQL)")
      ? "test-results/vitest-postgresql.json"
      : name.startsWith("e2e")
        ? "test-results/playwright.json"
        : null;
  if (!file) return null;
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  if (name.startsWith("e2e")) {
    const { stats } = JSON.parse(readFileSync(file, "utf8")) as PlaywrightReport;
    return { passed: stats.expected, failed: stats.unexpected + stats.flaky, skipped: stats.skipped };
  }
  const r = JSON.parse(readFileSync(file, "utf8")) as VitestReport;
  return { passed: r.numPassedTests, failed: r.numFailedTests, skipped: r.numPendingTests + r.numTodoTests };
}

const failures = [
  "test-results/vitest-pglite.json",
  "test-results/vitest-postgresql.json",
  "test-results/playwright.json",
].flatMap(failuresIn);
if (failures.length) console.log(`\nfailed:\n${failures.map((f) => `  ${f}`).join("\n")}`);

const total: Counts = { passed: 0, failed: 0, skipped: 0 };
console.log("\nstep                          result   seconds  tests");
for (const step of steps) {
  const counts =
    reportFor(step.name) ??
    (step.rc === 0 ? { passed: 1, failed: 0, skipped: 0 } : { passed: 0, failed: 1, skipped: 0 });
  // A runner that exits non-zero with every test green failed somewhere else (setup, teardown).
  if (step.rc !== 0 && counts.failed === 0) counts.failed = 1;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  console.log(
    `${step.name.padEnd(30)}${(step.rc === 0 ? "ok" : "FAILED").padEnd(9)}${String(step.seconds).padStart(7)}  ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}`,
  );
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ""}`);
process.exitCode = total.failed > 0 ? 1 : 0;
