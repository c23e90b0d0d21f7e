import { useTranslation } from "react-i18next";
import { data, href, Link, redirect } from "react-router";
import { requireOrgPermission } from "~/auth/require.server";
import { checkInSchema } from "~/domain/follow-up/check-in-schema";
import { getCheckIn, recordCheckIn } from "~/domain/follow-up/follow-up.server";
import { useLocale } from "~/i18n/use-locale";
import { db } from "~/lib/db.server";
import { formatDay } from "~/lib/dates";
import { invalid, parseSubmission, refused } from "~/lib/form-reply.server";
import { ChoiceGroup, Checkbox, KitForm, Notice, SubmitButton, TextArea, TextField } from "~/ui/form";
import { CheckInHistory } from "~/ui/follow-up/check-in-history";
import { Page } from "~/ui/page";
import { UnplacedReply } from "~/ui/unplaced-reply";
import { useZodForm } from "~/ui/use-zod-form";
import type { Route } from "./+types/follow-up-check-in";

/** One check-in of a hire, recorded by the proposing company; the hire's other check-ins below it. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const { actor } = await requireOrgPermission(request, "followup:record");
  const found = await getCheckIn(db(), actor, params.id);
  if (!found.ok) throw data(null, { status: 404 });
  return found.value;
}

export async function action({ request, params }: Route.ActionArgs) {
  const { actor } = await requireOrgPermission(request, "followup:record");
  const submission = parseSubmission(await request.formData(), { schema: checkInSchema });
  if (!(await getCheckIn(db(), actor, params.id)).ok) throw data(null, { status: 404 });
  if (submission.status !== "success") return invalid(submission, "checkIn");
  const recorded = await recordCheckIn(db(), actor, params.id, submission.value);
  if (!recorded.ok) return refused(request, submission, recorded, "checkIn");
  return redirect(`${href("/oppfolging")}?registrert=1`);
}

export default function FollowUpCheckIn({ loaderData: d, actionData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const lang = useLocale();
  const [form, fields] = useZodForm(checkInSchema, actionData?.result, {
    defaultValue: { hoursPerWeek: d.openingHours ? String(d.openingHours) : undefined },
  });
  const labels = {
    stillEmployed: t("followUp.stillEmployed"),
    hoursPerWeek: t("followUp.hoursPerWeek"),
    measureRunning: t("followUp.measureRunning"),
    needs: t("followUp.needs"),
  };
  const task = d.task;
  return (
    <Page title={t("followUp.checkInTitle", { code: task.code, month: task.month })} width="medium">
      <p className="mb-2">
        {t("followUp.checkInIntro", {
          opening: task.opening,
          employer: task.employer,
          hired: d.hireDay ? formatDay(d.hireDay, lang) : "–",
          due: formatDay(task.dueOn, lang),
        })}
      </p>
      <p className="mb-6">
        <Link to={href("/forslag/:id", { id: task.proposalId })} className="text-brand-700 underline">
          {t("followUp.toProposal")}
        </Link>
      </p>
      {/* A post to a check-in that can no longer be recorded has no form here to stand in: its answer goes on top. */}
      <UnplacedReply actionData={actionData} placed={d.canRecord ? ["checkIn"] : []} />
      {task.state === "missed" ? <Notice tone="warning">{t("followUp.missedNotice")}</Notice> : null}
      {d.canRecord ? (
        <KitForm form={form} result={actionData?.result} fields={fields} labels={labels} intent="checkIn">
          <ChoiceGroup
            meta={fields.stillEmployed}
            legend={labels.stillEmployed}
            type="radio"
            options={[
              { value: "yes", label: t("followUp.yes") },
              { value: "no", label: t("followUp.no") },
            ]}
          />
          <TextField
            meta={fields.hoursPerWeek}
            label={labels.hoursPerWeek}
            hint={t("followUp.hoursHint")}
            type="number"
            step="0.5"
          />
          <Checkbox
            meta={fields.measureRunning}
            legend={labels.measureRunning}
            label={t("followUp.measureRunningYes")}
          />
          <TextArea meta={fields.needs} label={labels.needs} hint={t("followUp.needsHint")} />
          <SubmitButton>{t("followUp.save")}</SubmitButton>
        </KitForm>
      ) : (
        <p>{t(`followUp.notRecordable.${task.state}`)}</p>
      )}
      <CheckInHistory rows={d.history} />
    </Page>
  );
}
