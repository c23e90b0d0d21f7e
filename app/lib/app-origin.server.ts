import { appOrigin } from "./env.server";

export { appOrigin };

/**
 * An absolute URL for a path of the app, on the configured public origin. Never built from a
 * request header: a forged Host or X-Forwarded-Host would otherwise end up in mail links, the feed
 * and cached pages.
 */
export function absoluteUrl(path: string): string {
  return new URL(path, appOrigin()).toString();
}
