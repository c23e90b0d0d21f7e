import { useTranslation } from "react-i18next";
import type { ControlView, WorkerView } from "~/domain/procurement/serious.server";
import type { ReservedStanding } from "~/domain/procurement/reserved-contracts";
import type { Hold } from "~/domain/procurement/order-lifecycle";
import {
  controlOutcomeIntent,
  controlRequestIntent,
  declarationIntent,
  removeWorkerIntent,
  renewIntent,
  workerIntent,
} from "~/domain/procurement/serious-schema";
import { formatOsloDateTime } from "~/lib/dates";
import { useLocale } from "~/i18n/use-locale";
import { DataTable } from "~/ui/data-table";
import {
  ActionButton,
  Checkbox,
  ChoiceButtons,
  HiddenValues,
  KitForm,
  Notice,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from "~/ui/form";
import { resultFor, useZodForm, type FormReply } from "~/ui/use-zod-form";

/** The tags of the per-worker and per-control forms' answers. */
export const renewTag = (workerId: string) => `renew:${workerId}`;
export const removeWorkerTag = (workerId: string) => `removeWorker:${workerId}`;
export const controlTag = (controlId: string) => `outcome:${controlId}`;

/** A refusal's message for a reserved-contract standing, with its placeholders. */
export function useStandingText() {
  const { t } = useTranslation();
  return (s: ReservedStanding) =>
    s.problem
      ? t(`refusals.${s.problem}`, {
          percent: s.declaration?.staffSharePercent ?? "",
          until: s.validUntil ?? "",
        })
      : t("serious.reservedDeclared", {
          date: s.declaration?.declaredOn ?? "",
          name: s.declaration?.declaredByName ?? "",
          percent: s.declaration?.staffSharePercent ?? "",
          until: s.validUntil ?? "",
        });
}

/** The supplier's own standing for a reserved task, before it quotes: why it may not, or until when it may. */
export function ReservedNotice({ standing, profileHref }: { standing: ReservedStanding; profileHref: string }) {
  const { t } = useTranslation();
  const text = useStandingText();
  return standing.ok ? (
    <Notice tone="success">
      {t("serious.reservedOk", { until: standing.validUntil, percent: standing.declaration?.staffSharePercent })}
    </Notice>
  ) : (
    <Notice tone="warning">
      {text(standing)} {t("serious.reservedFix")}{" "}
      <a href={profileHref} className="text-brand-700 underline">
        {t("serious.supplierProfileLink")}
      </a>
    </Notice>
  );
}

/** The assigned workers with their cards; the company adds, renews and removes them while it may. */
export function WorkersSection({
  workers,
  editable,
  actionData,
}: {
  workers: readonly WorkerView[];
  editable: boolean;
  actionData: FormReply | undefined;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="workers-title" className="mb-8 max-w-3xl">
      <h2 id="workers-title" className="text-xl font-semibold">
        {t("serious.workersTitle")}
      </h2>
      <p className="mb-3 mt-1">{t("serious.workersIntro")}</p>
      <DataTable
        caption={t("serious.workersCaption")}
        captionHidden
        rows={workers}
        rowKey={(w) => w.id}
        empty={t("serious.noWorkers")}
        columns={[
          { header: t("serious.workerName"), rowHeader: true, cell: (w) => w.name },
          { header: t("serious.cardNumber"), cell: (w) => w.cardNumber },
          { header: t("serious.cardExpiresOn"), cell: (w) => w.cardExpiresOn },
          {
            header: t("serious.cardState"),
            cell: (w) => (
              <span className={w.valid ? undefined : "font-semibold text-red-800"}>
                {w.valid ? t("serious.cardValid") : t("serious.cardExpired")}
              </span>
            ),
          },
          ...(editable
            ? [
                {
                  header: t("serious.changeWorker"),
                  cell: (w: WorkerView) => (
                    <WorkerForms
                      worker={w}
                      renewResult={resultFor(actionData, renewTag(w.id))}
                      removeResult={resultFor(actionData, removeWorkerTag(w.id))}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable ? <AddWorkerForm result={resultFor(actionData, "worker")} /> : null}
    </section>
  );
}

function WorkerForms({
  worker,
  renewResult,
  removeResult,
}: {
  worker: WorkerView;
  renewResult: ReturnType<typeof resultFor>;
  removeResult: ReturnType<typeof resultFor>;
}) {
  const { t } = useTranslation();
  const [renewForm, rf] = useZodForm(renewIntent, renewResult, {
    id: `renew-${worker.id}`,
    defaultValue: { cardNumber: worker.cardNumber },
  });
  const [removeForm] = useZodForm(removeWorkerIntent, removeResult, { id: `remove-${worker.id}` });
  const labels = {
    cardNumber: `${t("serious.cardNumber")} (${worker.name})`,
    cardExpiresOn: `${t("serious.cardExpiresOn")} (${worker.name})`,
  };
  return (
    <div className="flex flex-col gap-2">
      <KitForm form={renewForm} result={renewResult} fields={rf} labels={labels} intent="renew">
        <HiddenValues values={{ workerId: worker.id }} />
        <TextField meta={rf.cardNumber} label={labels.cardNumber} />
        <TextField meta={rf.cardExpiresOn} label={labels.cardExpiresOn} type="date" />
        <SubmitButton tone="secondary">
          {t("serious.renewCard")}
          <span className="sr-only"> {worker.name}</span>
        </SubmitButton>
      </KitForm>
      <ActionButton
        form={removeForm}
        result={removeResult}
        intent="removeWorker"
        values={{ workerId: worker.id }}
        tone="danger"
      >
        {t("serious.removeWorker")}
        <span className="sr-only"> {worker.name}</span>
      </ActionButton>
    </div>
  );
}

function AddWorkerForm({ result }: { result: ReturnType<typeof resultFor> }) {
  const { t } = useTranslation();
  const [form, f] = useZodForm(workerIntent, result, { id: "add-worker" });
  const labels = {
    name: t("serious.workerName"),
    cardNumber: t("serious.cardNumber"),
    cardExpiresOn: t("serious.cardExpiresOn"),
  };
  return (
    <div className="mt-4 max-w-xl rounded border border-gray-300 p-4">
      <h3 className="mb-2 text-lg font-semibold">{t("serious.addWorker")}</h3>
      <KitForm form={form} result={result} fields={f} labels={labels} intent="worker">
        <TextField meta={f.name} label={labels.name} autoComplete="off" />
        <TextField meta={f.cardNumber} label={labels.cardNumber} autoComplete="off" />
        <TextField meta={f.cardExpiresOn} label={labels.cardExpiresOn} type="date" />
        <SubmitButton>{t("serious.addWorker")}</SubmitButton>
      </KitForm>
    </div>
  );
}

/** The company's current declaration and the form for a new one (supplier profile). */
export function DeclarationSection({
  standing,
  today,
  result,
}: {
  standing: ReservedStanding;
  today: string;
  result: ReturnType<typeof resultFor>;
}) {
  const { t } = useTranslation();
  const text = useStandingText();
  const d = standing.declaration;
  const [form, f] = useZodForm(declarationIntent, result, {
    id: "declaration",
    defaultValue: { declaredOn: today, staffSharePercent: d ? String(d.staffSharePercent) : undefined },
  });
  const labels = {
    mainPurposeIntegration: t("serious.mainPurposeLegend"),
    staffSharePercent: t("serious.staffShare"),
    declaredOn: t("serious.declaredOn"),
    evidenceReference: t("serious.evidenceReference"),
    evidenceIssuedOn: t("serious.evidenceIssuedOn"),
  };
  return (
    <section aria-labelledby="declaration-title" className="mb-8 max-w-xl rounded border border-gray-300 p-4">
      <h2 id="declaration-title" className="mb-2 text-lg font-semibold">
        {t("serious.declarationTitle")}
      </h2>
      <p className="mb-2">{t("serious.declarationIntro")}</p>
      <p className={`mb-4 ${standing.ok ? "" : "font-semibold text-red-800"}`}>
        {d
          ? `${t("serious.declarationCurrent", {
              percent: d.staffSharePercent,
              date: d.declaredOn,
              name: d.declaredByName,
              evidence: d.evidenceReference ?? "–",
              until: standing.validUntil,
            })}${standing.ok ? "" : ` ${text(standing)}`}`
          : t("serious.declarationNone")}
      </p>
      <KitForm form={form} result={result} fields={f} labels={labels} intent="declaration">
        <Checkbox
          meta={f.mainPurposeIntegration}
          legend={t("serious.mainPurposeLegend")}
          label={t("serious.mainPurpose")}
        />
        <TextField meta={f.staffSharePercent} label={labels.staffSharePercent} type="number" />
        <TextField meta={f.declaredOn} label={labels.declaredOn} type="date" />
        <TextField meta={f.evidenceReference} label={labels.evidenceReference} />
        <TextField meta={f.evidenceIssuedOn} label={labels.evidenceIssuedOn} type="date" />
        <SubmitButton>{t("serious.declare")}</SubmitButton>
      </KitForm>
    </section>
  );
}

/** What holds the order now, the same for both sides, in the words of the refusal it causes. */
export function HoldsNotice({ holds }: { holds: readonly Hold[] }) {
  const { t } = useTranslation();
  if (!holds.length) return null;
  return (
    <Notice tone="warning">
      <p className="font-semibold">{t("serious.holdsTitle")}</p>
      <ul className="list-disc pl-5">
        {holds.map((h) => (
          <li key={h.reason}>{t(`refusals.${h.reason}`, holdParams(h))}</li>
        ))}
      </ul>
    </Notice>
  );
}

const holdParams = (h: Hold): Record<string, string> =>
  h.reason === "controlFailed"
    ? { documentation: h.documentation.split(",")[0] ?? "" }
    : h.reason === "hmsCardExpired"
      ? { workers: h.workers }
      : {};

/** The controls of the order's terms: both sides see them; the buyer asks and records outcomes. */
export function ControlsSection({
  controls,
  documentation,
  buyerMayRecord,
  actionData,
}: {
  controls: readonly ControlView[];
  /** What the buyer may ask for now (empty: the form is not shown) */
  documentation: readonly string[];
  buyerMayRecord: boolean;
  actionData: FormReply | undefined;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const when = (iso: string | null) => (iso ? formatOsloDateTime(iso, locale) : "");
  return (
    <section aria-labelledby="controls-title" className="mb-8 max-w-3xl">
      <h2 id="controls-title" className="text-xl font-semibold">
        {t("serious.controlsTitle")}
      </h2>
      <p className="mb-3 mt-1">{t("serious.controlsIntro")}</p>
      <DataTable
        caption={t("serious.controlsCaption")}
        captionHidden
        rows={controls}
        rowKey={(c) => c.id}
        empty={t("serious.noControls")}
        columns={[
          {
            header: t("serious.documentationLabel"),
            rowHeader: true,
            cell: (c) => t(`serious.documentation.${c.documentation}`),
          },
          {
            header: t("serious.controlResult"),
            cell: (c) => (
              <span className={c.status === "FAILED" ? "font-semibold text-red-800" : undefined}>
                {t(`serious.controlStatuses.${c.status}`)}
              </span>
            ),
          },
          {
            header: t("serious.outcomeNote"),
            cell: (c) => (
              <>
                <span className="block">
                  {t("serious.controlRequested", { date: when(c.requestedAt), note: c.requestNote })}
                </span>
                {c.outcomeAt ? (
                  <span className="block">
                    {t("serious.controlOutcome", { date: when(c.outcomeAt), note: c.outcomeNote })}
                  </span>
                ) : null}
                {c.resolvedAt ? (
                  <span className="block">
                    {t("serious.controlResolvedNote", { date: when(c.resolvedAt), note: c.resolvedNote })}
                  </span>
                ) : null}
                {buyerMayRecord && (c.status === "REQUESTED" || c.status === "FAILED") ? (
                  <OutcomeForm control={c} result={resultFor(actionData, controlTag(c.id))} />
                ) : null}
              </>
            ),
          },
        ]}
      />
      {documentation.length ? (
        <RequestControlForm documentation={documentation} result={resultFor(actionData, "control")} />
      ) : null}
    </section>
  );
}

function OutcomeForm({ control, result }: { control: ControlView; result: ReturnType<typeof resultFor> }) {
  const { t } = useTranslation();
  const [form, f] = useZodForm(controlOutcomeIntent, result, { id: `outcome-${control.id}` });
  const name = t(`serious.documentation.${control.documentation}`);
  const labels = { reason: `${t("serious.outcomeNote")} (${name})` };
  const choices =
    control.status === "REQUESTED"
      ? [
          { value: "passed", label: t("serious.recordPassed") },
          { value: "failed", label: t("serious.recordFailed"), tone: "danger" as const },
        ]
      : [{ value: "resolved", label: t("serious.recordResolved") }];
  return (
    <div className="mt-2">
      <KitForm form={form} result={result} fields={f} labels={labels}>
        <HiddenValues values={{ controlId: control.id }} />
        <TextArea meta={f.reason} label={labels.reason} rows={2} />
        <ChoiceButtons name="intent" choices={choices} />
      </KitForm>
    </div>
  );
}

function RequestControlForm({
  documentation,
  result,
}: {
  documentation: readonly string[];
  result: ReturnType<typeof resultFor>;
}) {
  const { t } = useTranslation();
  const [form, f] = useZodForm(controlRequestIntent, result, { id: "request-control" });
  const labels = { documentation: t("serious.documentationLabel"), note: t("serious.requestNote") };
  return (
    <div className="mt-4 max-w-xl rounded border border-gray-300 p-4">
      <h3 className="mb-2 text-lg font-semibold">{t("serious.requestControl")}</h3>
      <KitForm form={form} result={result} fields={f} labels={labels} intent="control">
        <SelectField
          meta={f.documentation}
          label={labels.documentation}
          options={documentation.map((d) => ({ value: d, label: t(`serious.documentation.${d}`) }))}
        />
        <TextArea meta={f.note} label={labels.note} rows={2} />
        <SubmitButton>{t("serious.requestControl")}</SubmitButton>
      </KitForm>
    </div>
  );
}
