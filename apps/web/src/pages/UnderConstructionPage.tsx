import { Link } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { HOME_PATH } from "../layout/sections.ts";
import type { MessageKey } from "../i18n/vi.ts";

/** An honest placeholder for a section that is not built yet — no sample data pretending to be real. */
export function UnderConstructionPage({ title }: { title: MessageKey }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t(title)}</h1>
      <p className="notice" role="status">
        {t("building.body")}
      </p>
      <p>
        <Link to={HOME_PATH}>{t("building.next")}</Link>
      </p>
    </section>
  );
}
