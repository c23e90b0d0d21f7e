import autocannon from "autocannon";

export type LoadResult = { rps: number; p95: number; requests: number; distinct: number };

/**
 * `connections` clients for `seconds` against `base`. With `paths`, every request takes the next
 * path of the list (one counter shared by all connections), so a list longer than the requests
 * sent asks each question once: what a response cache holds is then what real traffic would
 * leave in it, not the answer to one repeated query.
 */
export async function load(
  base: string,
  connections: number,
  seconds: number,
  paths: readonly string[] = ["/"],
  start = 0,
): Promise<LoadResult> {
  const times: number[] = [];
  const sent = new Set<number>();
  let next = start;
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
              const i = next++ % paths.length;
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
  times.sort((a, b) => a - b);
  const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] ?? Number.NaN;
  return { rps: result.requests.average, p95, requests: result.requests.total, distinct: sent.size };
}

/** Resident memory of a running process in MB, read from /proc (Linux). */
export async function processRssMb(pid: number): Promise<number | null> {
  const { readFile } = await import("node:fs/promises");
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Math.round(Number(kb) / 1024) : null;
}
