/** The catalogue keys of the inspections' enums, and the window of a plan item or an inspection as text. */
import type { MessageKey } from "../../i18n/vi.ts";
import { formatDate } from "../../i18n/dates.ts";
import type {
  InspectionStatus,
  InspectionType,
  PeriodKind,
  RecommendationStatus,
  RiskSignalKind,
  Severity,
  TeamRole,
} from "./inspections-api.ts";

export const typeKey = (type: InspectionType): MessageKey => `inspections.type.${type}`;
export const statusKey = (status: InspectionStatus): MessageKey => `inspections.status.${status}`;
export const severityKey = (severity: Severity): MessageKey => `inspections.severity.${severity}`;
export const roleKey = (role: TeamRole): MessageKey => `inspections.role.${role}`;
export const recommendationStatusKey = (status: RecommendationStatus): MessageKey => `inspections.rec.status.${status}`;
export const periodKindKey = (kind: PeriodKind): MessageKey => `inspections.periodKind.${kind}`;

/** "01/03/2026 – 31/03/2026". */
export const dayRange = (from: string, to: string): string => `${formatDate(from)} – ${formatDate(to)}`;
export const riskKindKey = (kind: RiskSignalKind): MessageKey => `inspections.risk.kind.${kind}`;
