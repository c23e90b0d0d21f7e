import { useTranslation } from "react-i18next";
import { data, href, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { requireOrgPermission } from "~/auth/require.server";
import { paymentDetailsOf, savePaymentDetails } from "~/domain/invoicing/payment-details.server";
import { paymentDetailsIntent } from "~/domain/invoicing/payment-schema";
import { connectStripe } from "~/domain/procurement/procurement.server";
import { declareReservedEligibility, reservedStandingOf } from "~/domain/procurement/serious.server";
import { declarationIntent } from "~/domain/procurement/serious-schema";
import { addSupplierDocument, supplierProfile } from "~/domain/procurement/supplier-profile.server";
import { documentIntent, registersIntent, stripeIntent } from "~/domain/procurement/supplier-schema";
import { recheckRegisters, supplierRegisters } from "~/domain/registers/supplier-registers.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { osloToday } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { Notice } from "~/ui/form";
import { PaymentDetailsSection } from "~/ui/invoicing/payment-section";
import { Page } from "~/ui/page";
import { DeclarationSection } from "~/ui/procurement/serious-sections";
import { AddDocumentForm, DocumentTable, StripeSection } from "~/ui/procurement/supplier-sections";
import { RegisterSection } from "~/ui/registers/register-section";
import { resultFor } from "~/ui/use-zod-form";
import type { Route } from "./+types/supplier-profile";

/**
 * A company's supplier profile (inclusion companies and ordinary businesses alike): what buyers
 * check before an award, what the public registers say, and payouts through Stripe.
 */
export async function loader({ request }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "supplier:manage");
  const today = osloToday();
  const [profile, registers, reserved, payment] = await Promise.all([
    supplierProfile(db(), actor, today),
    supplierRegisters(db(), actor),
    reservedStandingOf(db(), actor.organizationId, today),
    paymentDetailsOf(db(), actor),
  ]);
  if (!profile.ok || !registers.ok || !payment.ok) throw data(null, { status: 404 });
  return { ...profile.value, registers: registers.value, today, reserved, payment: payment.value };
}

export async function action({ request }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "supplier:manage");
  const formData = await request.formData();
  const context = { request, actor, formData };
  switch (formData.get("intent")) {
    case "document":
      return documentAction(context);
    case "declaration":
      return declarationAction(context);
    case "stripe":
      return stripeAction(context);
    case "registers":
      return registersAction(context);
    case "payment":
      return paymentAction(context);
    default:
      throw data(null, { status: 400 });
  }
}

type IntentContext = { request: Request; actor: Actor; formData: FormData };

const saved = () => redirect(`${href("/organisasjon/leverandor")}?melding=lagret`);

async function documentAction({ request, actor, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: documentIntent });
  if (submission.status !== "success") return invalid(submission, "document");
  const added = await addSupplierDocument(db(), actor, submission.value);
  return added.ok ? saved() : refused(request, submission, added, "document");
}

async function declarationAction({ request, actor, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: declarationIntent });
  if (submission.status !== "success") return invalid(submission, "declaration");
  const { intent: _intent, ...input } = submission.value;
  const declared = await declareReservedEligibility(db(), actor, input);
  return declared.ok ? saved() : refused(request, submission, declared, "declaration");
}

async function registersAction({ request, actor, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: registersIntent });
  if (submission.status !== "success") return invalid(submission, "registers");
  const checked = await recheckRegisters(db(), actor);
  return checked.ok
    ? redirect(`${href("/organisasjon/leverandor")}?melding=registre`)
    : refused(request, submission, checked, "registers");
}

async function paymentAction({ request, actor, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: paymentDetailsIntent });
  if (submission.status !== "success") return invalid(submission, "payment");
  const { intent: _intent, ...input } = submission.value;
  const done = await savePaymentDetails(db(), actor, input);
  return done.ok ? saved() : refused(request, submission, done, "payment");
}

async function stripeAction({ request, actor, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: stripeIntent });
  if (submission.status !== "success") return invalid(submission, "stripe");
  const link = await connectStripe(db(), actor, appOrigin());
  // Stripe's onboarding page; it sends the company back here when done.
  return link.ok ? redirect(link.value.url) : refused(request, submission, link, "stripe");
}

export default function SupplierProfile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <Page title={t("procurement.supplierTitle")} intro={t("procurement.supplierIntro")}>
      {params.get("melding") === "lagret" && !actionData ? (
        <Notice tone="success">{t("procurement.saved")}</Notice>
      ) : null}
      {params.get("melding") === "stripe" ? <Notice tone="success">{t("procurement.stripeConnected")}</Notice> : null}
      {params.get("melding") === "registre" && !actionData ? (
        <Notice tone="success">{t("registers.checked")}</Notice>
      ) : null}
      <RegisterSection
        checks={loaderData.registers.checks}
        isDouble={loaderData.registers.isDouble}
        result={resultFor(actionData, "registers")}
      />
      <DocumentTable statuses={loaderData.statuses} />
      <AddDocumentForm today={loaderData.today} result={resultFor(actionData, "document")} />
      <DeclarationSection
        standing={loaderData.reserved}
        today={loaderData.today}
        result={resultFor(actionData, "declaration")}
      />
      <PaymentDetailsSection details={loaderData.payment} result={resultFor(actionData, "payment")} />
      <StripeSection payoutsEnabled={loaderData.payoutsEnabled} result={resultFor(actionData, "stripe")} />
    </Page>
  );
}
