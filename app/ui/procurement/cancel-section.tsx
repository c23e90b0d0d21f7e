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
export function CancelSection({ cancellation, cancelReason, actionData }: { cancellation: Cancellation; cancelReason: string | null; actionData: FormReply | undefined }) {
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
        <section aria-labelledby="answer-title">
          <h2 id="answer-title" className="mb-2 text-xl font-semibold">
            {t("procurement.answerTitle")}
          </h2>
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
        </section>
      );
    case "dispute":
      return (
        <section aria-labelledby="dispute-title">
          <h2 id="dispute-title" className="mb-2 text-xl font-semibold">
            {t("procurement.disputeTitle")}
          </h2>
          <ReasonForm
            schema={disputeIntent}
            result={resultFor(actionData, "dispute")}
            intent="dispute"
            label={t("procurement.disputeReason")}
            hint={t("procurement.disputeHint")}
            buttons={[{ label: t("procurement.openDispute"), tone: "danger" }]}
          />
        </section>
      );
    case "waiting":
      return null;
  }
}
