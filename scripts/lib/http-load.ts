import autocannon from "autocannon";

/** Where in a list of paths the next request starts; shared by every load on the same list. */
export type Cursor = { next: number };

export type LoadResult = { requests: number; seconds: number; times: number[]; sent: Set<number> };

/**
 * `connections` clients for `seconds` against `base`. Every request takes the next path of the
 * list (one cursor shared by all connections and by later loads on the same list), so a list
 * longer than the requests sent asks each question once: what a response cache holds is then
 * what real traffic would leave in it, not the answer to one repeated query.
 */
export async function load(
  base: string,
  connections: number,
  seconds: number,
  paths: readonly string[] = ["/"],
  cursor: Cursor = { next: 0 },
): Promise<LoadResult> {
  const times: number[] = [];
  const sent = new Set<number>();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        // A slow answer is a figure, not an error: only a refused or broken one is.
        timeout: 60,
        requests: [
          {
            setupRequest: (request) => {
              const i = cursor.next++ % paths.length;
              sent.add(i);
              return { ...request, path: paths[i] };
            },
          },
        ],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    instance.on("response", (_client: unknown, _status: number, _bytes: number, responseTime: number) =>
      times.push(responseTime),
    );
  });
  if (result.non2xx || result.errors)
    throw new Error(
      `${base}: ${result.non2xx} non-2xx, ${result.errors} errors (${result.timeouts} timeouts) of ${result.requests.total}`,
    );
  return { requests: result.requests.total, seconds: result.duration, times, sent };
}

/** Several loads of the same target taken in turns with others, as one: throughput over their time, p95 over all answers. */
export function combined(parts: readonly LoadResult[]): {
  rps: number;
  p95: number;
  requests: number;
  distinct: number;
} {
  const requests = parts.reduce((n, p) => n + p.requests, 0);
  const seconds = parts.reduce((n, p) => n + p.seconds, 0);
  const times = parts.flatMap((p) => p.times).sort((a, b) => a - b);
  const distinct = new Set(parts.flatMap((p) => [...p.sent])).size;
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? Number.NaN;
  return { rps: seconds > 0 ? requests / seconds : 0, p95, requests, distinct };
}

/** Resident memory of a running process in MB, read from /proc (Linux). */
export async function processRssMb(pid: number): Promise<number | null> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}
