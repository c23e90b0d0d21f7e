import { z } from "zod";

/** The company marks an inquiry about one of its candidates as answered (one button per inquiry). */
export const answeredIntent = z.object({ intent: z.literal("answered"), id: z.string().min(1).max(40) });
