import { SUBGRAPHS, type SubgraphName } from "./subgraphs.ts";

const TIMEOUT_MS = 2_000;

export interface Readiness {
  ready: boolean;
  subgraphs: Record<SubgraphName, string>;
}

async function probe(baseUrl: string): Promise<string> {
  try {
    const response = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
    await response.body?.cancel();
    return response.ok ? "ok" : `HTTP ${response.status}`;
  } catch {
    return "unreachable";
  }
}

/** The gateway is ready when every subgraph says it is. */
export async function checkReadiness(baseUrls: Record<SubgraphName, string>): Promise<Readiness> {
  const results = await Promise.all(SUBGRAPHS.map(async (name) => [name, await probe(baseUrls[name])] as const));
  return { ready: results.every(([, status]) => status === "ok"), subgraphs: Object.fromEntries(results) as Record<SubgraphName, string> };
}
