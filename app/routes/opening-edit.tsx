import { useTranslation } from "react-i18next";
import { data, href, redirect, useSearchParams } from "react-router";
import type { Actor } from "~/auth/actor";
import { requireOrgPermission } from "~/auth/require.server";
import {
  closeOpeningIntent,
  duplicateOpeningIntent,
  publishOpeningIntent,
  saveOpeningIntent,
} from "~/domain/openings/opening-schema";
import {
  closeOpening,
  duplicateOpening,
  findOwnOpening,
  listOpeningVersions,
  publishOpening,
  updateOpening,
} from "~/domain/openings/openings.server";
import { db } from "~/lib/db.server";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { Notice } from "~/ui/form";
import { OpeningForm } from "~/ui/opening-form";
import { openingFormValues } from "~/ui/opening-form-values";
import { OpeningActions } from "~/ui/openings/opening-actions";
import { OpeningHistory } from "~/ui/openings/opening-history";
import { Page } from "~/ui/page";
import { resultFor } from "~/ui/use-zod-form";
import type { Route } from "./+types/opening-edit";

/**
 * An opening's page for its owner: the form, publish/close/copy, and the edit history. The
 * action dispatches on the form's intent to one small function each. Another organisation's
 * opening is "not found": its existence is not revealed.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "opening:update");
  const found = await findOwnOpening(db(), actor, params.id);
  if (!found.ok) throw data(null, { status: 404 });
  const opening = found.value;
  return {
    id: opening.id,
    title: opening.title,
    status: opening.status,
    values: openingFormValues(opening),
    versions: await listOpeningVersions(db(), opening.id),
  };
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "opening:update");
  const formData = await request.formData();
  const context = { request, actor, openingId: params.id, formData };
  switch (formData.get("intent")) {
    case "save":
      return saveAction(context);
    case "publish":
      return publishAction(context);
    case "close":
      return closeAction(context);
    case "duplicate":
      return duplicateAction(context);
    default:
      throw data(null, { status: 400 });
  }
}

type IntentContext = { request: Request; actor: Actor; openingId: string; formData: FormData };

const back = (openingId: string, message: keyof typeof messages) =>
  redirect(`${href("/stillinger/:id", { id: openingId })}?melding=${message}`);

async function saveAction({ request, actor, openingId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: saveOpeningIntent });
  if (submission.status !== "success") return invalid(submission, "save");
  const saved = await updateOpening(db(), actor, openingId, submission.value);
  return saved.ok ? back(openingId, "lagret") : refused(request, submission, saved, "save");
}

async function publishAction({ request, actor, openingId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: publishOpeningIntent });
  if (submission.status !== "success") return invalid(submission, "publish");
  const published = await publishOpening(db(), actor, openingId);
  return published.ok ? back(openingId, "publisert") : refused(request, submission, published, "publish");
}

async function closeAction({ request, actor, openingId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: closeOpeningIntent });
  if (submission.status !== "success") return invalid(submission, "close");
  const closed = await closeOpening(db(), actor, openingId);
  return closed.ok ? back(openingId, "lukket") : refused(request, submission, closed, "close");
}

async function duplicateAction({ request, actor, openingId, formData }: IntentContext) {
  const submission = parseSubmission(formData, { schema: duplicateOpeningIntent });
  if (submission.status !== "success") return invalid(submission, "duplicate");
  const copy = await duplicateOpening(db(), actor, openingId);
  return copy.ok ? back(copy.value.id, "kopiert") : refused(request, submission, copy, "duplicate");
}

const messages = {
  opprettet: "openings.created",
  lagret: "openings.saved",
  publisert: "openings.published",
  lukket: "openings.closed",
  kopiert: "openings.duplicated",
} as const;

export default function EditOpening({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const message = messages[params.get("melding") as keyof typeof messages];
  const { id, status, values } = loaderData;
  return (
    <Page title={t("openings.editTitle", { title: loaderData.title })}>
      {message && !actionData ? <Notice tone="success">{t(message)}</Notice> : null}
      <p className="mb-4">
        {t("openings.status")}: <strong>{t(`statuses.${status}`)}</strong>
      </p>
      <OpeningActions
        id={id}
        status={status}
        kind={values.kind === "TASK" ? "TASK" : "JOB"}
        results={{
          publish: resultFor(actionData, "publish"),
          close: resultFor(actionData, "close"),
          duplicate: resultFor(actionData, "duplicate"),
        }}
      />
      <OpeningForm lastResult={resultFor(actionData, "save")} defaultValue={values} submitLabel={t("openings.save")} />
      <OpeningHistory versions={loaderData.versions} />
    </Page>
  );
}
