import { z } from "zod";
import { emailField, newPasswordField, personNameField } from "~/auth/login-schema";
import { isMunicipalityCode } from "~/domain/municipalities/register";
import { isValidOrgNumber, normalizeOrgNumber } from "./org-number";

/** One schema for the browser (Conform) and the server; messages are i18n keys. */
export const signupSchema = z.object({
  kind: z.enum(["MUNICIPALITY", "EMPLOYER", "INCLUSION_COMPANY", "NAV_OFFICE"], { error: "errors.kindInvalid" }),
  orgNumber: z
    .string({ error: "errors.required" })
    .transform(normalizeOrgNumber)
    .refine(isValidOrgNumber, "errors.orgNumberInvalid"),
  orgName: z.string({ error: "errors.required" }).trim().min(2, "errors.nameTooShort").max(200, "errors.nameTooShort"),
  municipalityNumber: z
    .string({ error: "errors.municipalityInvalid" })
    .refine(isMunicipalityCode, "errors.municipalityInvalid"),
  name: personNameField,
  email: emailField,
  password: newPasswordField,
});

export type SignupInput = z.output<typeof signupSchema>;
