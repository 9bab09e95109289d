import { Link } from "react-router-dom";
import { useI18n } from "../i18n/I18nProvider.tsx";
import { HOME_PATH } from "../layout/sections.ts";

export function NotFoundPage() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{t("notFound.heading")}</h1>
      <p>
        <Link to={HOME_PATH}>{t("notFound.back")}</Link>
      </p>
    </section>
  );
}
