import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { ACTOR_HEADER, type Actor, type ActorSignature } from "@tthc/service-kit";
import type { RequestContext } from "./gateway.ts";

/**
 * Signs the actor into each request the gateway sends to a subgraph, once the request is built: the
 * audience is the subgraph it goes to and the digest is of the exact body sent (service-kit actor.ts).
 * The subgraph is known when its execution starts; the fetch that carries it is matched to it by its
 * execution request. A fetch of no subgraph execution gets no actor, and any subgraph refuses it.
 */
export function useActorSignature(sign: (actor: Actor, signature: ActorSignature) => Promise<string>): GatewayPlugin<RequestContext> {
  const subgraphOf = new WeakMap<object, string>();
  return {
    onSubgraphExecute({ subgraphName, executionRequest }) {
      subgraphOf.set(executionRequest, subgraphName);
    },
    async onFetch({ options, setOptions, context, executionRequest }) {
      const audience = executionRequest && subgraphOf.get(executionRequest);
      const actor = (context as Partial<RequestContext> | undefined)?.actor;
      if (!audience || !actor) return;
      // The HTTP transport sends JSON text; any other body would not match a digest of "" and is refused.
      const body = typeof options.body === "string" ? options.body : "";
      const headers = { ...(options.headers as Record<string, string> | undefined), [ACTOR_HEADER]: await sign(actor, { audience, body }) };
      setOptions({ ...options, headers });
    },
  };
}
