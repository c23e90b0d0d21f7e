import { env } from "./env.server";

/** Where links in e-mail point: the configured public origin, else the origin the request came to. */
export function appOrigin(request: Request): string {
  return env().APP_ORIGIN ?? new URL(request.url).origin;
}
