import { useForm, type DefaultValue, type SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

/**
 * Conform with the same Zod schema the action uses: validated in the browser when JavaScript
 * runs, on the server always. Errors show after a field is left, and clear while typing.
 */
export function useZodForm<Schema extends z.ZodObject>(
  schema: Schema,
  lastResult: SubmissionResult<string[]> | null | undefined,
  options: { defaultValue?: DefaultValue<z.input<Schema>>; shouldValidate?: "onBlur" | "onSubmit" } = {},
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: options.shouldValidate ?? "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: options.defaultValue,
  });
}
