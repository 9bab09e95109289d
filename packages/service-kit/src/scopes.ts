import type { Actor } from "./actor.ts";
import { forbidden, unauthenticated } from "./errors.ts";
import type { ServiceName } from "./registry.ts";

/**
 * The scopes a partner API key can carry: `<area>:<read|write>`, one catalogue for the platform so
 * the directory can refuse an unknown scope when a key is issued and every subgraph checks the same
 * names. A service registers its scopes here (one entry each); what a scope lets a partner read
 * field by field is that service's field policy (`fieldPolicies`, field-policy.ts).
 */
export const PARTNER_SCOPES = {
  "directory:read": { service: "directory", description: "Units, their levels and membership (reference data)." },
  "complaints:read": {
    service: "complaints",
    description:
      "PAKN statuses, limits, handling units and the published, reviewed texts; never the sender, the sender's text, the answer letter, attachments or staff reasons.",
  },
  "reports:read": { service: "reporting", description: "Aggregate statistics and reports (no personal data)." },
  "inspections:read": {
    service: "inspections",
    description:
      "Inspections: unit, type, dates, status, decision and notice numbers, the unit's figures, recommendations' states; never the team, checklist notes, findings' or recommendations' texts or files.",
  },
  "dossiers:write": { service: "reporting", description: "Send one-stop dossier events (steps of hồ sơ TTHC) to reporting." },
} as const satisfies Record<string, { service: ServiceName; description: string }>;

export type PartnerScope = keyof typeof PARTNER_SCOPES;

/** Scope strings issued before the catalogue: `read` meant units and PAKN; such keys keep working. */
export const LEGACY_SCOPES: Readonly<Record<string, readonly PartnerScope[]>> = { read: ["directory:read", "complaints:read"] };

export function isPartnerScope(scope: string): scope is PartnerScope {
  return Object.hasOwn(PARTNER_SCOPES, scope);
}

/** The catalogue scopes a stored list grants (legacy names expanded, unknown names ignored). */
export function grantedScopes(scopes: readonly string[]): Set<PartnerScope> {
  const granted = new Set<PartnerScope>();
  for (const scope of scopes) {
    if (isPartnerScope(scope)) granted.add(scope);
    for (const implied of LEGACY_SCOPES[scope] ?? []) granted.add(implied);
  }
  return granted;
}

export function hasScope(actor: Actor, scope: PartnerScope): boolean {
  return actor.kind === "partner" && grantedScopes(actor.scopes).has(scope);
}

/** A partner holding `scope`, else FORBIDDEN (UNAUTHENTICATED for an anonymous caller). */
export function requireScope(actor: Actor, scope: PartnerScope): Extract<Actor, { kind: "partner" }> {
  if (actor.kind === "anonymous") throw unauthenticated();
  if (actor.kind !== "partner" || !hasScope(actor, scope)) throw forbidden();
  return actor;
}
