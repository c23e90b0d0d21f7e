import { z } from "zod";
import { consentKinds } from "~/domain/candidates/profile-options";
import { linkChannels } from "./link-channels";

/**
 * The forms of the candidate's own page, of the company's "send the link" and of the employer's
 * "ask to be introduced": one schema each, shared by the page and the action.
 */
const answer = z.enum(["yes", "no"], { error: "candidatePage.errors.answerRequired" });
const recordId = z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(64, "errors.required");

export const consentAnswerIntent = z.object({ intent: z.literal("consent"), kind: z.enum(consentKinds), answer });
export const introductionAnswerIntent = z.object({ intent: z.literal("introduction"), inquiryId: recordId, answer });
export const withdrawIntroductionIntent = z.object({
  intent: z.literal("withdrawIntroduction"),
  introductionId: recordId,
});
export const erasureRequestIntent = z.object({
  intent: z.literal("erasure"),
  confirm: z.literal("on", { error: "candidatePage.errors.erasureNeedsConfirm" }),
});
export const signOutIntent = z.object({ intent: z.literal("signout") });

/** The sign-in link's landing page posts the token back (a mail scanner's GET never uses it up). */
export const signInSchema = z.object({
  token: z
    .string({ error: "candidatePage.errors.linkMissing" })
    .trim()
    .min(1, "candidatePage.errors.linkMissing")
    .max(200, "candidatePage.errors.linkMissing"),
});

/** The company sends the candidate a link to their page. */
export const sendLinkIntent = z.object({ intent: z.literal("sendLink"), channel: z.enum(linkChannels) });

/** An employer asks to be introduced to the candidate behind the pseudonym. */
export const askIntroductionIntent = z.object({ intent: z.literal("askIntroduction") });
