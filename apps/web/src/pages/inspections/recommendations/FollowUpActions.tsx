import { Button, Space } from "antd";
import { useState } from "react";
import { keys, useGraphQLMutation } from "../../../api/query.tsx";
import { errorText } from "../../../i18n/error-message.ts";
import { useI18n } from "../../../i18n/I18nProvider.tsx";
import { ReasonModal } from "../../../ui/ReasonModal.tsx";
import { actsForUnit, useCurrentUser } from "../access.ts";
import { ANSWER_RECOMMENDATION, CARRY_OVER_RECOMMENDATION, VERIFY_RECOMMENDATION, type Recommendation } from "../inspections-api.ts";

/**
 * A recommendation's follow-up: the responsible unit's officers answer what they did (while it is open
 * or returned); the team — the city office or an inspector, the server checks membership — verifies an
 * answer or returns it with a reason, or carries one not yet verified over to a follow-up inspection
 * (chuyển kiểm tra lại) with a reason, so that the inspection can close. Reasons are asked in a dialog.
 */
export function FollowUpActions({ recommendation: r }: { recommendation: Recommendation }) {
  const { t, lang } = useI18n();
  const user = useCurrentUser();
  const [dialog, setDialog] = useState<"answer" | "return" | "carryOver" | null>(null);
  const invalidates = [keys.inspections];
  const answer = useGraphQLMutation(ANSWER_RECOMMENDATION, invalidates);
  const verify = useGraphQLMutation(VERIFY_RECOMMENDATION, invalidates);
  const carryOver = useGraphQLMutation(CARRY_OVER_RECOMMENDATION, invalidates);
  const [error, setError] = useState<unknown>(null);
  const unitMayAnswer = actsForUnit(user, r.responsibleUnitId) && (r.status === "OPEN" || r.status === "RETURNED");
  const team = !!user && user.roles.some((role) => role === "CITY_ADMIN" || role === "INSPECTOR");
  const teamMayVerify = team && r.status === "ANSWERED";
  const teamMayCarryOver = team && (r.status === "OPEN" || r.status === "ANSWERED" || r.status === "RETURNED");
  if (!unitMayAnswer && !teamMayVerify && !teamMayCarryOver) return null;

  const run = async (action: () => Promise<unknown>): Promise<string | null> => {
    setError(null);
    try {
      await action();
      setDialog(null);
      return null;
    } catch (err) {
      return errorText(err, lang, t);
    }
  };

  return (
    <Space wrap>
      {unitMayAnswer && <Button onClick={() => setDialog("answer")}>{t("inspections.rec.answer")}</Button>}
      {teamMayVerify && (
        <>
          <Button
            type="primary"
            loading={verify.isPending}
            onClick={() => void verify.mutateAsync({ id: r.id, accepted: true }).catch((err: unknown) => setError(err))}
          >
            {t("inspections.rec.verify")}
          </Button>
          <Button onClick={() => setDialog("return")}>{t("inspections.rec.return")}</Button>
        </>
      )}
      {teamMayCarryOver && <Button onClick={() => setDialog("carryOver")}>{t("inspections.rec.carryOver")}</Button>}
      {error != null && (
        <span className="field-error" role="alert">
          {errorText(error, lang, t)}
        </span>
      )}
      <ReasonModal
        open={dialog === "answer"}
        title={t("inspections.rec.answerTitle")}
        label={t("inspections.rec.answerLabel")}
        okText={t("inspections.rec.answer")}
        onCancel={() => setDialog(null)}
        onSubmit={(text) => run(() => answer.mutateAsync({ id: r.id, answer: text }))}
      />
      <ReasonModal
        open={dialog === "return"}
        title={t("inspections.rec.returnTitle")}
        label={t("inspections.rec.returnLabel")}
        okText={t("inspections.rec.return")}
        onCancel={() => setDialog(null)}
        onSubmit={(reason) => run(() => verify.mutateAsync({ id: r.id, accepted: false, reason }))}
      />
      <ReasonModal
        open={dialog === "carryOver"}
        title={t("inspections.rec.carryOverTitle")}
        label={t("inspections.rec.carryOverLabel")}
        okText={t("inspections.rec.carryOver")}
        onCancel={() => setDialog(null)}
        onSubmit={(reason) => run(() => carryOver.mutateAsync({ id: r.id, reason }))}
      />
    </Space>
  );
}
