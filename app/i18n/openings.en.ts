import type { Widen } from "./nb";
import type { openingsNb, openingsRefusalsNb } from "./openings.nb";

/** Openings and the public search, English (same keys, type-checked). */
export const openingsEn: Widen<typeof openingsNb> = {
  searchFacets: {
    norwegian: "Norwegian",
  },
};

export const openingsRefusalsEn: Widen<typeof openingsRefusalsNb> = {};
