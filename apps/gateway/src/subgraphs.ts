import { SERVICES, type ServiceName } from "@tthc/service-kit";

/** The subgraphs the gateway composes: every service of the one registry (docs/architecture.md §2). */
export const SUBGRAPHS = SERVICES;
export type SubgraphName = ServiceName;

/** Where each subgraph keeps its SDL, relative to the repository root. */
export function subgraphSdlPath(name: SubgraphName): string {
  return `apps/${name}/src/graphql/schema.graphql`;
}

/**
 * The URL composed into the checked-in supergraph. The real address comes from `<NAME>_URL` at run
 * time; `.invalid` never resolves, so a subgraph whose override went missing fails loudly instead
 * of reaching some other host.
 */
export function placeholderUrl(name: SubgraphName): string {
  return `http://${name}.invalid/graphql`;
}

export function graphqlUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, "")}/graphql`;
}
