import { z } from "zod";

/** The platform admin approves one pending organisation (a button per organisation). */
export const approveSchema = z.object({ organizationId: z.string().min(1) });
