import { SUBGRAPHS, type SubgraphName } from "./subgraphs.ts";

const TIMEOUT_MS = 2_000;

export interface Readiness {
  ready: boolean;
  subgraphs: Record<SubgraphName, string>;
  /** Subgraphs that do not answer while the gateway stays ready: their fields fail, every other field works. */
  degraded: SubgraphName[];
}

/**
 * The subgraph the gateway cannot work without: sign-in, token refresh and partner keys go through the
 * directory. Any other subgraph being down must not take the gateway out of its load balancer: with
 * every replica unready, the whole API would go, not only that service's part of it.
 */
const REQUIRED: SubgraphName = "directory";

async function probe(baseUrl: string): Promise<string> {
  try {
    const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok ? "ok" : `HTTP ${response.status}`;
  } catch {
    return "unreachable";
  }
}

/** The gateway is ready when the directory is; the other subgraphs' state is reported. */
export async function checkReadiness(baseUrls: Record<SubgraphName, string>): Promise<Readiness> {
  const results = await Promise.all(SUBGRAPHS.map(async (name) => [name, await probe(baseUrls[name])] as const));
  const subgraphs = Object.fromEntries(results) as Record<SubgraphName, string>;
  const degraded = results.filter(([name, status]) => name !== REQUIRED && status !== "ok").map(([name]) => name);
  return { ready: subgraphs[REQUIRED] === "ok", subgraphs, degraded };
}
