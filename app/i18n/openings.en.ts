import type { Widen } from "./nb";
import type { openingsRefusalsNb } from "./openings.nb";

/** Openings and the public search, English (same keys, type-checked). */

export const openingsRefusalsEn: Widen<typeof openingsRefusalsNb> = {};
