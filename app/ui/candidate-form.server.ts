import type { SubmissionResult } from "@conform-to/react";
import { candidateSchema, type CandidateInput } from "~/domain/candidates/candidate-schema";
import { summaryWarnings, type SummaryWarning } from "~/domain/candidates/summary-check";
import { parseSubmission } from "~/lib/form-reply.server";

export type ParsedCandidateForm =
  { ok: true; value: CandidateInput } | { ok: false; result: SubmissionResult<string[]>; warnings: SummaryWarning[] };

/** The server half of the candidate form (ui/candidate-form.tsx): parsing and the summary check. */

/**
 * The schema, then the summary check: a summary that looks like it names someone or holds health
 * information is sent back once with a warning, and saved when the member confirms having read it.
 */
export function parseCandidateForm(formData: FormData): ParsedCandidateForm {
  const submission = parseSubmission(formData, { schema: candidateSchema });
  if (submission.status !== "success") {
    const summary = formData.get("summary");
    const name = formData.get("fullName");
    return {
      ok: false,
      result: submission.reply(),
      warnings: summaryWarnings(typeof summary === "string" ? summary : "", typeof name === "string" ? name : ""),
    };
  }
  const warnings = summaryWarnings(submission.value.summary, submission.value.fullName);
  if (warnings.length && !submission.value.confirmSummary) {
    return {
      ok: false,
      result: submission.reply({ fieldErrors: { confirmSummary: ["errors.summaryNeedsCheck"] } }),
      warnings,
    };
  }
  return { ok: true, value: submission.value };
}
