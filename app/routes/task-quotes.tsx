import { useTranslation } from "react-i18next";
import { data, href, Link, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { awardQuote, listQuotesForTask } from "~/domain/procurement/procurement.server";
import { awardSchema } from "~/domain/procurement/quote-schema";
import type { Refusal } from "~/domain/result";
import { translate } from "~/i18n/i18n";
import { getLocale } from "~/i18n/locale.server";
import { appOrigin } from "~/lib/app-origin.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { Page } from "~/ui/page";
import { awardable, awardTag, QuoteComparison } from "~/ui/procurement/quote-comparison";
import { UnplacedReply } from "~/ui/unplaced-reply";
import type { Route } from "./+types/task-quotes";

/** The buyer compares the quotes on its task and awards one, with a reason. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "quote:award");
  const found = await listQuotesForTask(db(), actor, params.id);
  // Another buyer's task: not found, and nothing of its quotes.
  if (!found.ok) throw data(null, { status: 404 });
  return found.value;
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "quote:award");
  if (!(await listQuotesForTask(db(), actor, params.id)).ok) throw data(null, { status: 404 });
  const formData = await request.formData();
  const tag = awardTag(String(formData.get("quoteId") ?? ""));
  const submission = parseSubmission(formData, { schema: awardSchema });
  if (submission.status !== "success") return invalid(submission, tag);
  const { quoteId, reason, buyerReference } = submission.value;
  const awarded = await awardQuote(db(), actor, quoteId, reason, appOrigin(), buyerReference);
  if (awarded.ok) return redirect(`${href("/bestillinger/:id", { id: awarded.value.orderId })}?melding=tildelt`);
  return refused(request, submission, await withDocumentNames(request, awarded), tag);
}

/** The domain names the missing documents by kind (comma-separated); the buyer reads their names. */
async function withDocumentNames(request: Request, refusal: Refusal): Promise<Refusal> {
  const kinds = refusal.detail?.docs;
  if (typeof kinds !== "string") return refusal;
  const locale = await getLocale(request);
  return {
    ...refusal,
    detail: {
      docs: kinds
        .split(",")
        .map((kind) => translate(locale, `procurement.docKinds.${kind}`))
        .join(", "),
    },
  };
}

export default function TaskQuotes({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { task, quotes } = loaderData;
  const placed = awardable(task, quotes).map((q) => awardTag(q.id));
  return (
    <Page title={t("procurement.quotesTitle", { task: task.title })}>
      <p className="mb-4">
        <Link to={href("/stillinger/:id", { id: task.id })} className="text-brand-700 underline">
          {t("proposals.back")}
        </Link>
      </p>
      <UnplacedReply actionData={actionData} placed={placed} />
      {task.requiredDocuments.length ? (
        <p className="mb-4">
          {t("procurement.requiredDocuments")}:{" "}
          {task.requiredDocuments.map((k) => t(`procurement.docKinds.${k}`)).join(", ")}
        </p>
      ) : null}
      <QuoteComparison task={task} quotes={quotes} actionData={actionData} />
    </Page>
  );
}
