import cliProgress from "cli-progress";
import { measureCodes } from "~/domain/measures/measure-codes";
import { accommodationCategories } from "~/domain/openings/accommodations";
import { occupations } from "~/domain/openings/occupations";
import { municipalities } from "~/domain/municipalities/register";
import { makeValidOrgNumber } from "~/domain/organizations/org-number";
import { publishedOpeningsForIndex } from "~/domain/openings/openings.server";
import { OPENINGS_INDEX, openingsIndexSettings } from "~/domain/openings/search-document";
import type { Db } from "~/lib/db.server";
import { searchEngine } from "#search/registry.server";
import { seededRandom } from "./lib/random";

// Generic words only: what a job is about comes from its occupation, as in real postings.
const words = [
  "fleksibel",
  "arbeidstid",
  "opplæring",
  "mentor",
  "kunder",
  "team",
  "tilrettelegging",
  "norskopplæring",
  "sommer",
  "helg",
  "kveld",
  "trivsel",
  "faste",
  "oppgaver",
  "kolleger",
  "oppfølging",
  "erfaring",
  "motivert",
  "ansvar",
  "hverdag",
];

/**
 * N synthetic published openings with a fixed seed, written straight to the database and the
 * search index (as a reindex would), with a progress bar on stderr. For benchmarks only.
 */
export async function generateOpenings(db: Db, count: number, seed = 42): Promise<void> {
  const rnd = seededRandom(seed);
  const orgs: { id: string }[] = [];
  for (let i = 0; i < 20; i++) {
    orgs.push(
      await db.organization.upsert({
        where: { orgNumber: makeValidOrgNumber(900_000 + i) },
        create: {
          kind: i % 4 === 0 ? "MUNICIPALITY" : "EMPLOYER",
          orgNumber: makeValidOrgNumber(900_000 + i),
          name: `Syntetisk arbeidsgiver ${i + 1} AS`,
          municipalityNumber: rnd.pick(municipalities).code,
          approved: true,
        },
        update: {},
      }),
    );
  }
  const user = await db.user.upsert({
    where: { email: "bench@arbeidsbro.invalid" },
    create: { email: "bench@arbeidsbro.invalid", name: "Bench", passwordHash: "-" },
    update: {},
  });
  const bar = new cliProgress.SingleBar(
    { format: "openings  [{bar}] {value}/{total}", stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
  bar.start(count * 2, 0);
  const batch = 1000;
  for (let done = 0; done < count; done += batch) {
    const rows = Array.from({ length: Math.min(batch, count - done) }, () => {
      const occupation = rnd.pick(occupations);
      const org = rnd.pick(orgs);
      const kind = rnd.next() < 0.15 ? ("TASK" as const) : ("JOB" as const);
      return {
        organizationId: org.id,
        kind,
        status: "PUBLISHED" as const,
        title: `${occupation.nb}${rnd.next() < 0.5 ? ` i ${rnd.pick(municipalities).name}` : ""}`,
        description: Array.from({ length: 12 }, () => rnd.pick(words)).join(" "),
        occupationCode: occupation.code,
        municipalityNumber: rnd.pick(municipalities).code,
        hoursPerWeek: rnd.pick([10, 15, 20, 25, 30, 37.5]),
        extent: rnd.next() < 0.5 ? ("FULL_TIME" as const) : ("PART_TIME" as const),
        skills: rnd.some(words, 3),
        accommodations: rnd.some(accommodationCategories, 2),
        measures: rnd.some(measureCodes, 3),
        reservedForInclusion: kind === "TASK" && rnd.next() < 0.5,
        publishedAt: new Date(Date.UTC(2026, 0, 1) + Math.floor(rnd.next() * 300) * 86_400_000),
        createdById: user.id,
      };
    });
    await db.opening.createMany({ data: rows });
    bar.increment(rows.length);
  }
  const index = searchEngine(db).index(OPENINGS_INDEX, openingsIndexSettings);
  await index.applySettings(openingsIndexSettings);
  for await (const docs of publishedOpeningsForIndex(db, 1000)) {
    await index.upsert(docs);
    bar.increment(docs.length);
  }
  bar.stop();
  // Fresh planner statistics after a bulk load, as autovacuum would give a live system.
  await db.$executeRawUnsafe("ANALYZE search.documents");
  await db.$executeRawUnsafe('ANALYZE "Opening"');
}
