import { z } from "zod";
import { checkbox } from "~/domain/forms/zod-fields";

/**
 * The check-in form, one schema in the browser and on the server. "Still employed" is a choice the
 * recorder must make (no default: a forgotten answer must not count as retained); hours are asked
 * only of someone still employed.
 */
export const checkInSchema = z
  .object({
    intent: z.literal("checkIn"),
    stillEmployed: z.enum(["yes", "no"], { error: "followUp.errors.stillEmployed" }).transform((v) => v === "yes"),
    hoursPerWeek: z.coerce
      .number({ error: "followUp.errors.hours" })
      .gt(0, "followUp.errors.hours")
      .max(75, "followUp.errors.hours")
      .optional(),
    measureRunning: checkbox,
    needs: z.string().trim().max(1000, "followUp.errors.needsTooLong").default(""),
  })
  .superRefine((v, ctx) => {
    if (v.stillEmployed && v.hoursPerWeek === undefined)
      ctx.addIssue({ code: "custom", path: ["hoursPerWeek"], message: "followUp.errors.hours" });
  });

export type CheckInInput = z.output<typeof checkInSchema>;
