import { z } from "zod";

/**
 * Form schemas shared by server and browser (Conform + Zod). Messages are i18n keys; the form
 * components translate them.
 */
export const emailField = z
  .string({ error: "errors.required" })
  .trim()
  .min(1, "errors.required")
  .email("errors.emailInvalid")
  .max(254, "errors.emailInvalid")
  .transform((v) => v.toLowerCase());

export const newPasswordField = z
  .string({ error: "errors.required" })
  .min(12, "errors.passwordTooShort")
  .max(200, "errors.passwordTooLong");

export const personNameField = z
  .string({ error: "errors.required" })
  .trim()
  .min(2, "errors.nameTooShort")
  .max(120, "errors.nameTooShort");

export const loginSchema = z.object({
  email: emailField,
  password: z.string({ error: "errors.required" }).min(1, "errors.required").max(200, "errors.passwordTooLong"),
});

export const emailOnlySchema = z.object({ email: emailField });

export const newPasswordSchema = z.object({ token: z.string().min(1), password: newPasswordField });

/** Accepting an invitation: a new person chooses name and password; a signed-in user only confirms. */
export const acceptInvitationSchema = z.object({
  intent: z.literal("create"),
  token: z.string().min(1).max(200),
  name: personNameField,
  password: newPasswordField,
});
export const joinInvitationSchema = z.object({ intent: z.literal("join"), token: z.string().min(1).max(200) });

export const inviteSchema = z.object({
  email: emailField,
  role: z.enum(["ADMIN", "MEMBER"], { error: "errors.roleInvalid" }),
});
