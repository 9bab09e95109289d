/**
 * The one registry of the platform's services: each owns a database and a GraphQL subgraph. The
 * stack (infra/stack/config.ts: ports, databases, environment), the gateway (composition, subgraph
 * URLs `<NAME>_URL`, readiness) and the compose drift test all read this list, so adding a service
 * touches it once (docs/adding-a-service.md). Order is start order: the directory first, because
 * every other service replicates its units.
 */
export const SERVICES = ["directory", "planning", "complaints", "inspections", "reporting"] as const;
export type ServiceName = (typeof SERVICES)[number];

/** The variable that carries a service's base URL to the gateway, e.g. `PLANNING_URL`. */
export function serviceUrlVariable(name: ServiceName): `${Uppercase<ServiceName>}_URL` {
  return `${name.toUpperCase() as Uppercase<ServiceName>}_URL`;
}
