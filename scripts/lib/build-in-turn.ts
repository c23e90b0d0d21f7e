import type { CandidateSearchDoc } from "~/domain/candidates/search-document";
import { progressBar } from "./bench-db";

/** One engine's index build in steps, so that several engines can be built batch by batch in turn. */
export type IndexBuilder<T> = {
  name: string;
  start(): Promise<void>;
  load(batch: CandidateSearchDoc[]): Promise<void>;
  /** Whatever the engine does once the documents are in (indexes, statistics). */
  finish(): Promise<T>;
};

type Built<B> = { [K in keyof B]: B[K] extends IndexBuilder<infer T> ? { result: T; buildMs: number } : never };

/**
 * Builds every engine from the same batches, each batch going to all of them in turn (the first
 * changing from batch to batch), and times each engine's own steps. A build takes minutes, and
 * a shared machine's load changes within them: built one after the other, two engines met
 * different machines (one bench run measured a build ratio of 0.65, the next 2.74).
 */
export async function buildInTurn<B extends readonly IndexBuilder<unknown>[]>(
  builders: B,
  batches: Iterable<CandidateSearchDoc[]>,
  total: number,
): Promise<Built<B>> {
  const ms = builders.map(() => 0);
  const timed = async <R>(k: number, step: () => Promise<R>): Promise<R> => {
    const t = performance.now();
    const r = await step();
    ms[k]! += performance.now() - t;
    return r;
  };
  for (const [k, b] of builders.entries()) await timed(k, () => b.start());
  const bar = progressBar(builders.length > 1 ? "build" : "index", total);
  let i = 0;
  for (const batch of batches) {
    for (let j = 0; j < builders.length; j++) {
      const k = (i + j) % builders.length;
      await timed(k, () => builders[k]!.load(batch));
    }
    bar.increment(batch.length);
    i++;
  }
  bar.stop();
  const out: { result: unknown; buildMs: number }[] = [];
  for (const [k, b] of builders.entries()) {
    const result = await timed(k, () => b.finish());
    console.error(`${b.name} build ${Math.round(ms[k]!)} ms`);
    out.push({ result, buildMs: ms[k]! });
  }
  return out as Built<B>;
}
