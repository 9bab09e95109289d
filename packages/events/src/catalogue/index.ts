import { directoryEvents } from "./directory.ts";

/**
 * Every event type of the platform. A bounded context adds its events as `./<context>.ts` and
 * spreads them here; nothing else needs to change.
 */
export const definitions = [...directoryEvents] as const;
