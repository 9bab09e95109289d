import { Button } from "antd";
import { Link } from "react-router-dom";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import type { ComplaintDetail } from "../../complaints-query.ts";
import { MERGE_COMPLAINT } from "../detail-mutations.ts";
import { useLifecycleMutation } from "../lifecycle.tsx";
import { ActionPanel } from "./ActionPanel.tsx";

/** Gộp: into one of the similar PAKN the server suggests, each with its similarity. */
export function MergeAction({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useI18n();
  const { run, pending } = useLifecycleMutation(MERGE_COMPLAINT);
  return (
    <ActionPanel title="complaints.action.merge">
      <ul>
        {complaint.duplicateSuggestions.map((d) => (
          <li key={d.complaint.id} className="row">
            <Link to={`/complaints/${d.complaint.id}`}>{d.complaint.trackingCode}</Link>
            <span>{t("complaints.similarity", { score: Math.round(d.score * 100) })}</span>
            <Button disabled={pending} onClick={() => void run({ id: complaint.id, intoId: d.complaint.id })}>
              {t("complaints.mergeInto")}
            </Button>
          </li>
        ))}
      </ul>
    </ActionPanel>
  );
}
