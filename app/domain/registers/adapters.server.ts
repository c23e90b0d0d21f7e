import { RegisterDouble } from "./double";
import { parseCleaning, parseEntity } from "./parse";
import type { Lookup, RegisterPort } from "./port";

/** How long a register may take before the look-up counts as "register unavailable". */
const TIMEOUT_MS = 5_000;

async function getJson<T>(url: string, parse: (status: number, body: unknown) => Lookup<T>): Promise<Lookup<T>> {
  try {
    const response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const raw = await response.text();
    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      // A 404 page in HTML is still a 404; parse decides from the status first.
    }
    return parse(response.status, body);
  } catch (error) {
    return { kind: "unavailable", cause: error instanceof Error ? error.name : "network error" };
  }
}

/**
 * The registers over HTTP: `brregUrl` is the enheter collection
 * (https://data.brreg.no/enhetsregisteret/api/enheter in production), `renholdUrl` the cleaning
 * register's per-company resource; the organisation number is appended to each.
 */
export function httpRegisters(options: { brregUrl: string; renholdUrl: string; isDouble?: boolean }): RegisterPort {
  const join = (base: string, orgNumber: string) => `${base.replace(/\/+$/, "")}/${encodeURIComponent(orgNumber)}`;
  return {
    isDouble: options.isDouble ?? false,
    entity: (orgNumber) => getJson(join(options.brregUrl, orgNumber), parseEntity),
    cleaning: (orgNumber) => getJson(join(options.renholdUrl, orgNumber), parseCleaning),
  };
}

/** The double in this process, read through the same parsing as the HTTP answers. */
export function inProcessRegisters(double: RegisterDouble): RegisterPort {
  return {
    isDouble: true,
    entity: (orgNumber) => {
      const a = double.entityAnswer(orgNumber);
      return Promise.resolve(parseEntity(a.status, a.body));
    },
    cleaning: (orgNumber) => {
      const a = double.cleaningAnswer(orgNumber);
      return Promise.resolve(parseCleaning(a.status, a.body));
    },
  };
}
