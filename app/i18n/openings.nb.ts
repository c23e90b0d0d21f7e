/** Openings and the public search, bokmål. openings.en.ts has the same keys. */

/** Why the domain said no, for this area: merged into `refusals` (one message per reason, ui/form shows it). */
export const openingsRefusalsNb = {} as const;
