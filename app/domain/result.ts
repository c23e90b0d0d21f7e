/**
 * What a domain function answers when it may say no. `notFound` means "not yours, or not
 * there": a route answers 404 and reveals nothing about another tenant's records. Any other
 * reason means "not now" (a state that does not allow it, a rule it breaks): the route answers 409
 * and the page shows the reason's message (i18n key `refusals.<reason>`, with `detail` for its
 * placeholders), on `field` when the reason is about one field.
 */
export type Refusal<R extends string = string> = {
  ok: false;
  reason: R | "notFound";
  field?: string;
  detail?: Record<string, string | number>;
};
export type Result<T = null, R extends string = string> = { ok: true; value: T } | Refusal<R>;

export function ok(): { ok: true; value: null };
export function ok<T>(value: T): { ok: true; value: T };
export function ok<T>(value: T | null = null): { ok: true; value: T | null } {
  return { ok: true, value };
}

export function refuse<R extends string>(
  reason: R,
  extra: { field?: string; detail?: Record<string, string | number> } = {},
): { ok: false; reason: R } & typeof extra {
  return { ok: false, reason, ...extra };
}

export const notFound = (): { ok: false; reason: "notFound" } => ({ ok: false, reason: "notFound" });
