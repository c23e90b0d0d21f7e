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
  options: { defaultValue?: DefaultValue<z.input<Schema>>; shouldValidate?: "onBlur" | "onSubmit"; id?: string } = {},
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    id: options.id,
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
    shouldValidate: options.shouldValidate ?? "onBlur",
    shouldRevalidate: "onInput",
    defaultValue: options.defaultValue,
  });
}

/** What an action answers a form with: the form's result, tagged with the intent it was for. */
export type FormReply = { intent?: string; result?: SubmissionResult<string[]> | null };

/** The action's result for the form of one intent, on a page with several forms. */
export function resultFor(actionData: FormReply | undefined, intent: string): SubmissionResult<string[]> | undefined {
  return actionData?.intent === intent ? (actionData.result ?? undefined) : undefined;
}
