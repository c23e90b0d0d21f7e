/** Openings and the public search, bokmål. openings.en.ts has the same keys. */
export const openingsNb = {
  /** Facet values that are no code list's label */
  searchFacets: {
    norwegian: "Norsk",
  },
} as const;

/** Why the domain said no, for this area: merged into `refusals` (one message per reason, ui/form shows it). */
export const openingsRefusalsNb = {} as const;
