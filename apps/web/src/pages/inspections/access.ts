/**
 * What the signed-in user may do on an inspection, as apps/inspections/src/domain/access.ts decides it:
 * the pages show a button only to whoever the server would let through (it refuses the others anyway).
 */
import type { User } from "../../api/types.ts";
import { useSession } from "../../auth/SessionProvider.tsx";

export interface Abilities {
  /** Draft and edit the year's plan, form teams (the city office). */
  cityOffice: boolean;
  /** Approve the plan (a leader only). */
  leader: boolean;
  /** Read plans, the risk ranking, the calendar and the checklist templates: the city office, leaders, inspectors. */
  planReader: boolean;
}

export function abilities(user: User | null): Abilities {
  const roles = user?.roles ?? [];
  return {
    cityOffice: roles.includes("CITY_ADMIN"),
    leader: roles.includes("LEADER"),
    planReader: roles.some((r) => r === "CITY_ADMIN" || r === "LEADER" || r === "INSPECTOR"),
  };
}

/** The team's column, findings, verification: a member of the team, or the city office. */
export function actsForTeam(user: User | null, team: readonly { userId: string }[]): boolean {
  if (!user) return false;
  return user.roles.includes("CITY_ADMIN") || team.some((m) => m.userId === user.id);
}

/** The inspected (or responsible) unit's own officers: its self-assessment, its answers to recommendations. */
export function actsForUnit(user: User | null, unitId: string): boolean {
  return !!user && user.roles.includes("UNIT_OFFICER") && user.unit?.id === unitId;
}

/** The signed-in user, or null while signing in. */
export function useCurrentUser(): User | null {
  const { state } = useSession();
  return state.status === "signedIn" ? state.user : null;
}
