import { measureCodes } from "~/domain/measures/measure-codes";
import { counties } from "~/domain/municipalities/register";
import { occupationGroups, occupations } from "~/domain/openings/occupations";
import { seededRandom } from "./random";

/**
 * Search-page URLs as visitors write them: one or two words from occupations and the words
 * postings use, a third of them with a typo, 0–2 facet filters, pages 1–4 (mostly the first),
 * some sorted by date. Seeded, so every run asks the same questions; distinct, so a response
 * cache is hit only where real traffic would hit it.
 */
export function openingsQueryMix(count: number, seed = 7): string[] {
  const rnd = seededRandom(seed);
  const vocabulary = [
    ...new Set(
      occupations.flatMap((o) =>
        o.nb
          .toLowerCase()
          .split(/[\s,/()-]+/)
          .filter((w) => w.length > 3),
      ),
    ),
    ...["renhold", "lager", "kafe", "butikk", "kjøkken", "sommer", "helg", "mentor", "deltid", "opplæring"],
  ];
  const typo = (word: string): string => {
    const i = 1 + Math.floor(rnd.next() * (word.length - 2));
    const kind = rnd.next();
    if (kind < 0.34) return word.slice(0, i) + word.slice(i + 1); // a letter left out
    if (kind < 0.67) return word.slice(0, i) + (word[i + 1] ?? "") + word[i] + word.slice(i + 2); // two swapped
    return word.slice(0, i) + rnd.pick([..."aeiorstn"]) + word.slice(i + 1); // a wrong letter
  };
  const facets: (() => [string, string])[] = [
    () => ["county", rnd.pick(counties).code],
    () => ["extent", rnd.pick(["FULL_TIME", "PART_TIME"])],
    () => ["kind", rnd.pick(["JOB", "TASK"])],
    () => ["measures", rnd.pick(measureCodes)],
    () => ["occupationGroup", rnd.pick(Object.keys(occupationGroups))],
  ];
  const urls = new Set<string>();
  while (urls.size < count) {
    const params = new URLSearchParams();
    const words = Array.from({ length: rnd.next() < 0.6 ? 1 : 2 }, () => rnd.pick(vocabulary));
    if (rnd.next() < 1 / 3) words[0] = typo(words[0]!);
    params.set("q", words.join(" "));
    for (const facet of rnd.some(facets, 2)) params.append(...facet());
    if (rnd.next() < 0.2) params.set("sort", "newest");
    const page = rnd.next() < 0.7 ? 1 : 2 + Math.floor(rnd.next() * 3);
    if (page > 1) params.set("page", String(page));
    urls.add(`/muligheter?${params}`);
  }
  return [...urls];
}
