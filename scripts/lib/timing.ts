import { progressBar } from "./bench-db";
import { percentile } from "./percentile";

export type TimedTask = {
  name: string;
  /** Unmeasured runs first, then `runs` measured ones. */
  warmup: number;
  runs: number;
  run: (i: number) => Promise<void>;
};

export type Timing = { p50: number; p95: number; max: number };

/**
 * Several tasks timed in turn, one run of each per step, the first changing from step to step (a
 * task that has finished its runs drops out), so that the load of a shared machine, which changes from second to second, falls on each
 * task alike and their ratio holds where their absolute figures do not.
 */
export async function timeInTurn(label: string, tasks: readonly TimedTask[]): Promise<Record<string, Timing>> {
  const times = tasks.map(() => [] as number[]);
  const steps = Math.max(...tasks.map((t) => t.warmup + t.runs));
  const bar = progressBar(
    label,
    tasks.reduce((s, t) => s + t.warmup + t.runs, 0),
  );
  for (let i = 0; i < steps; i++)
    for (let j = 0; j < tasks.length; j++) {
      const k = (i + j) % tasks.length;
      const task = tasks[k]!;
      if (i >= task.warmup + task.runs) continue;
      const t0 = performance.now();
      await task.run(i);
      const ms = performance.now() - t0;
      if (i >= task.warmup) times[k]!.push(ms);
      bar.increment();
    }
  bar.stop();
  return Object.fromEntries(
    tasks.map((task, k) => {
      const sorted = times[k]!.sort((a, b) => a - b);
      return [
        task.name,
        { p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted.at(-1) ?? Number.NaN },
      ];
    }),
  );
}
