/** The subgraphs the gateway composes (docs/architecture.md §2) — the one list compose, runtime and readiness read. */
export const SUBGRAPHS = ["directory", "planning", "complaints", "inspections", "reporting"] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

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
