import { parseWithZod } from "@conform-to/zod/v4";
import { useTranslation } from "react-i18next";
import { data, Form, Link, redirect, useSearchParams } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { openingFormValues } from "~/ui/opening-form-values";
import { openingSchema } from "~/domain/openings/opening-schema";
import { closeOpening, duplicateOpening, findOwnOpening, listOpeningVersions, publishOpening, updateOpening } from "~/domain/openings/openings.server";
import { db } from "~/lib/db.server";
import { formatOsloDateTime } from "~/lib/dates";
import { Notice } from "~/ui/form";
import { OpeningForm, openingFieldLabelKey } from "~/ui/opening-form";
import { Page } from "~/ui/page";
import type { Route } from "./+types/opening-edit";
import { useLocale } from "~/i18n/use-locale";

// Another organisation's opening is "not found": its existence is not revealed.
export async function loader({ request, params }: Route.LoaderArgs) {
  const viewer = await requireOrgPermission(request, "opening:update");
  const opening = await findOwnOpening(db(), { userId: viewer.userId, organizationId: viewer.organization.id }, params.id);
  if (!opening) throw data(null, { status: 404 });
  return { id: opening.id, title: opening.title, status: opening.status, values: openingFormValues(opening), versions: await listOpeningVersions(db(), opening.id) };
}

export async function action({ request, params }: Route.ActionArgs) {
  const viewer = await requireOrgPermission(request, "opening:update");
  const actor = { userId: viewer.userId, organizationId: viewer.organization.id };
  const formData = await request.formData();
  const intent = formData.get("intent");
  const done = (message: string) => redirect(`/stillinger/${params.id}?melding=${message}`);
  if (intent === "publish") return (await publishOpening(db(), actor, params.id)) ? done("publisert") : notFound();
  if (intent === "close") return (await closeOpening(db(), actor, params.id)) ? done("lukket") : notFound();
  if (intent === "duplicate") {
    const copy = await duplicateOpening(db(), actor, params.id);
    return copy ? redirect(`/stillinger/${copy.id}?melding=kopiert`) : notFound();
  }
  const submission = parseWithZod(formData, { schema: openingSchema });
  if (submission.status !== "success") return data({ result: submission.reply() }, { status: 400 });
  return (await updateOpening(db(), actor, params.id, submission.value)) ? done("lagret") : notFound();
}

function notFound(): never {
  throw data(null, { status: 404 });
}

const messages = { opprettet: "openings.created", lagret: "openings.saved", publisert: "openings.published", lukket: "openings.closed", kopiert: "openings.duplicated" } as const;

export default function EditOpening({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [params] = useSearchParams();
  const message = messages[params.get("melding") as keyof typeof messages];
  const { status } = loaderData;
  const action = (intent: string, label: string, primary = false) => (
    <Form method="post">
      <input type="hidden" name="intent" value={intent} />
      <button type="submit" className={primary ? "rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800" : "rounded border-2 border-brand-700 px-4 py-2 font-semibold text-brand-800 hover:bg-brand-50"}>
        {label}
      </button>
    </Form>
  );
  return (
    <Page title={t("openings.editTitle", { title: loaderData.title })}>
      {message && !actionData ? <Notice tone="success">{t(message)}</Notice> : null}
      <p className="mb-4">
        {t("openings.status")}: <strong>{t(`statuses.${status}`)}</strong>
      </p>
      <div className="mb-8 flex flex-wrap gap-3">
        {status !== "PUBLISHED" ? action("publish", t("openings.publish"), true) : null}
        {status === "PUBLISHED" ? action("close", t("openings.close")) : null}
        {action("duplicate", t("openings.duplicate"))}
        <Link to={`/stillinger/${loaderData.id}/forslag`} className="self-center text-brand-700 underline">
          {t("proposals.pipelineLink")}
        </Link>
        {loaderData.values.kind === "TASK" ? (
          <Link to={`/stillinger/${loaderData.id}/tilbud`} className="self-center text-brand-700 underline">
            {t("procurement.quotesLink")}
          </Link>
        ) : null}
        {status === "PUBLISHED" ? (
          <Link to={`/muligheter/${loaderData.id}`} className="self-center text-brand-700 underline">
            {t("openings.viewPublic")}
          </Link>
        ) : null}
      </div>
      <OpeningForm lastResult={actionData?.result} defaultValue={loaderData.values} submitLabel={t("openings.save")} />
      {loaderData.versions.length ? (
        <section aria-labelledby="history-title" className="mt-10">
          <h2 id="history-title" className="text-xl font-semibold">
            {t("openings.history")}
          </h2>
          <ol className="mt-2 space-y-1">
            {loaderData.versions.map((v) => (
              <li key={v.version}>
                {t("openings.historyLine", { version: v.version, when: formatOsloDateTime(v.at, locale), who: v.by, fields: v.fields.map((f) => t(openingFieldLabelKey(f))).join(", ") })}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </Page>
  );
}
