import type { ReactNode } from "react";
import { useI18n } from "../../../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../../../i18n/vi.ts";

/** One lifecycle action of the detail page: a disclosure opened by its title, its form inside. */
export function ActionPanel({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <details>
      <summary>{t(title)}</summary>
      {children}
    </details>
  );
}
