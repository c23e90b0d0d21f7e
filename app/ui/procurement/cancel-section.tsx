import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Cancellation } from "~/domain/procurement/order-lifecycle";
import { answerIntent, cancelIntent, disputeIntent } from "~/domain/procurement/order-schema";
import { resultFor, type FormReply } from "~/ui/use-zod-form";
import { ReasonForm } from "./reason-form";

/**
 * Money moves back only by agreement: before acceptance an admin cancels with a reason; after it
 * an admin asks the other party, whose admin agrees or declines. Which of these the reader has
 * now comes from the domain (`cancellationFor`).
 */
export function CancelSection({
  cancellation,
  cancelReason,
  actionData,
}: {
  cancellation: Cancellation;
  cancelReason: string | null;
  actionData: FormReply | undefined;
}) {
  const { t } = useTranslation();
  switch (cancellation.kind) {
    case "cancelled":
      return <p>{cancelReason}</p>;
    case "adminsOnly":
      return <p className="max-w-xl">{t("procurement.adminsOnly")}</p>;
    case "cancel":
      return (
        <ReasonForm
          schema={cancelIntent}
          result={resultFor(actionData, "cancel")}
          intent="cancel"
          label={t("procurement.cancelReason")}
          hint={t("procurement.cancelHint")}
          buttons={[{ label: t("procurement.cancel"), tone: "danger" }]}
        />
      );
    case "answer":
      return (
        <Titled id="answer-title" title={t("procurement.answerTitle")}>
          <ReasonForm
            schema={answerIntent}
            result={resultFor(actionData, "answer")}
            values={{ disputeId: cancellation.disputeId }}
            label={t("procurement.answerReason")}
            hint={t("procurement.agreeHint")}
            buttons={[
              { label: t("procurement.agree"), value: "agree", tone: "danger" },
              { label: t("procurement.decline"), value: "decline", tone: "secondary" },
            ]}
          />
        </Titled>
      );
    case "dispute":
      return (
        <Titled id="dispute-title" title={t("procurement.disputeTitle")}>
          <ReasonForm
            schema={disputeIntent}
            result={resultFor(actionData, "dispute")}
            intent="dispute"
            label={t("procurement.disputeReason")}
            hint={t("procurement.disputeHint")}
            buttons={[{ label: t("procurement.openDispute"), tone: "danger" }]}
          />
        </Titled>
      );
    case "waiting":
      return null;
  }
}

function Titled({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-2 text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}
