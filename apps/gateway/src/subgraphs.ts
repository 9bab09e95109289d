import { SERVICES, type ServiceName } from "@tthc/service-kit";

/** The subgraphs the gateway composes: every service of the one registry (docs/architecture.md §2). */
export const SUBGRAPHS = SERVICES;
export type SubgraphName = ServiceName;

/** The folder of each subgraph's SDL files, relative to the repository root (read with readSchema). */
export function subgraphSchemaDir(name: SubgraphName): string {
  return `apps/${name}/src/graphql/schema`;
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
