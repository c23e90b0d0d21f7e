import { candidatesBench } from "./bench-candidates";
import { dashboardBench } from "./bench-dashboard";
import { invoicesBench } from "./bench-invoices";
import { matchingBench } from "./bench-matching";
import { openingsBench } from "./bench-openings";
import { worklistBench } from "./bench-worklist";

/**
 * `npm run bench -- <name>`: one JSON line of figures on stdout, progress on stderr. Every line
 * carries a reference measured in the same run and its budget as a boolean
 * (docs/decisions/0017). Benchmarks measure; tests never assert on time.
 */
const benches: Record<string, () => Promise<void>> = {
  openings: openingsBench,
  candidates: candidatesBench,
  matching: matchingBench,
  dashboard: dashboardBench,
  worklist: worklistBench,
  invoices: invoicesBench,
};
const name = process.argv[2];
const bench = name ? benches[name] : undefined;
if (!bench) {
  console.error(`usage: npm run bench -- <${Object.keys(benches).join("|")}>`);
  process.exit(2);
}
await bench();
