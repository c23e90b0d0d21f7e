import { z } from "zod";
import { locales } from "./i18n";

/** The language switch in the header: the language to read in, and the page to go back to (its twin in that language). */
export const languageSchema = z.object({ locale: z.enum(locales), redirectTo: z.string().optional() });
