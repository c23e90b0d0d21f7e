import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import SaxonJS from "saxon-js";

/**
 * The official EHF (Peppol BIS Billing 3.0) rules as a test helper. The Schematron files live
 * read-only beside the repository (../shared/ehf from the repo root); they are compiled once with
 * xslt3 + SchXslt into SaxonJS's SEF form and cached under node_modules/.cache/ehf/<hash>, outside
 * git. A directory lock makes parallel vitest workers (and parallel runs) wait for one compile.
 */

const run = promisify(execFile);
const repoRoot = path.resolve(import.meta.dirname, "../..");
export const ehfSharedDir = path.resolve(repoRoot, "../shared/ehf");
const cacheRoot = path.join(repoRoot, "node_modules/.cache/ehf");
const xslt3 = path.join(repoRoot, "node_modules/xslt3/xslt3.js");

/** The first compile of both rule sets costs two to six minutes on these shared 2-core machines (measured: 6 min under load). */
export const EHF_COMPILE_TIMEOUT_MS = 15 * 60_000;

export const RULE_SETS = ["CEN-EN16931-UBL.sch", "PEPPOL-EN16931-UBL.sch"] as const;

export type FailedAssert = { id: string; flag: string; location: string; text: string };
export type EhfReport = { fatal: FailedAssert[]; warnings: FailedAssert[] };

function sefPathFor(schFile: string): string {
  const sch = readFileSync(path.join(ehfSharedDir, "schematron", schFile));
  const pipeline = readFileSync(path.join(ehfSharedDir, "schxslt/pipeline-for-svrl.xsl"));
  const hash = createHash("sha256").update(sch).update(pipeline).digest("hex").slice(0, 16);
  return path.join(cacheRoot, hash, `${path.basename(schFile, ".sch")}.sef.json`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes a directory lock (mkdir is atomic); a lock older than the compile timeout is stale. */
async function withLock<T>(lockDir: string, work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > EHF_COMPILE_TIMEOUT_MS)
          rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // The holder removed it between our two calls: try again.
      }
      await sleep(500);
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

async function compile(schFile: string, sefPath: string): Promise<void> {
  const dir = path.dirname(sefPath);
  mkdirSync(dir, { recursive: true });
  const base = path.basename(schFile, ".sch");
  const xsl = path.join(dir, `${base}.xsl`);
  const tmpSef = `${sefPath}.${process.pid}.tmp`;
  const opts = { maxBuffer: 64 * 1024 * 1024 };
  await run(
    process.execPath,
    [
      xslt3,
      `-xsl:${path.join(ehfSharedDir, "schxslt/pipeline-for-svrl.xsl")}`,
      `-s:${path.join(ehfSharedDir, "schematron", schFile)}`,
      `-o:${xsl}`,
    ],
    opts,
  );
  await run(process.execPath, [xslt3, `-xsl:${xsl}`, `-export:${tmpSef}`, "-nogo"], opts);
  // Readers only ever see a complete file.
  renameSync(tmpSef, sefPath);
}

/** Compiles (or finds cached) SEF files for both rule sets; returns their paths. */
export async function ensureCompiled(): Promise<string[]> {
  const paths: string[] = [];
  for (const sch of RULE_SETS) {
    const sef = sefPathFor(sch);
    if (!existsSync(sef)) {
      mkdirSync(cacheRoot, { recursive: true });
      await withLock(path.join(cacheRoot, `${path.basename(sch)}.lock`), async () => {
        if (!existsSync(sef)) await compile(sch, sef);
      });
    }
    paths.push(sef);
  }
  return paths;
}

type Sef = Record<string, unknown>;
let loaded: Promise<Sef[]> | undefined;

function stylesheets(): Promise<Sef[]> {
  loaded ??= ensureCompiled().then((paths) => paths.map((p) => JSON.parse(readFileSync(p, "utf8")) as Sef));
  return loaded;
}

const SVRL = "http://purl.oclc.org/dsdl/svrl";

/** Runs both rule sets on one UBL document and lists the failed asserts by flag. */
export async function validateEhf(xml: string): Promise<EhfReport> {
  const report: EhfReport = { fatal: [], warnings: [] };
  for (const sef of await stylesheets()) {
    const result = SaxonJS.transform({ stylesheetInternal: sef, sourceText: xml, destination: "document" }, "sync");
    const found = SaxonJS.XPath.evaluate("//svrl:failed-assert", result.principalResult, {
      namespaceContext: { svrl: SVRL },
      resultForm: "array",
    });
    const asserts = Array.isArray(found)
      ? found.filter((n): n is Element => n instanceof Object && "getAttribute" in n)
      : [];
    for (const a of asserts) {
      const entry: FailedAssert = {
        id: a.getAttribute("id") ?? "",
        flag: a.getAttribute("flag") ?? "",
        location: a.getAttribute("location") ?? "",
        text: (a.textContent ?? "").trim().replace(/\s+/g, " "),
      };
      (entry.flag === "fatal" ? report.fatal : report.warnings).push(entry);
    }
  }
  return report;
}

/** One line per fatal failure, for assertion messages. */
export function describeFatal(report: EhfReport): string {
  return report.fatal.map((f) => `${f.id} at ${f.location}: ${f.text}`).join("\n");
}

// `tsx tests/support/ehf-validate.ts` compiles ahead of a test run.
if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const started = Date.now();
  const paths = await ensureCompiled();
  writeFileSync(process.stdout.fd, `${JSON.stringify({ compiled: paths, ms: Date.now() - started })}\n`);
}
