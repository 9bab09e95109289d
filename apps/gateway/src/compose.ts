import path from "node:path";
import { composeServices, transformSupergraphToPublicSchema } from "@theguild/federation-composition";
import { readSchema } from "@tthc/service-kit";
import { buildASTSchema, findBreakingChanges, findDangerousChanges, parse, type GraphQLSchema, type DocumentNode } from "graphql";
import { SUBGRAPHS, placeholderUrl, subgraphSchemaDir, type SubgraphName } from "./subgraphs.ts";

export interface SubgraphSource {
  name: SubgraphName;
  sdl: string;
}

export type CompositionOutcome = { ok: true; supergraphSdl: string } | { ok: false; errors: string[] };

/** Read the SDL of every subgraph that has one (its schema folder, through readSchema); services still being written are reported as missing. */
export async function readSubgraphSources(repoRoot: string): Promise<{ sources: SubgraphSource[]; missing: SubgraphName[] }> {
  const sources: SubgraphSource[] = [];
  const missing: SubgraphName[] = [];
  for (const name of SUBGRAPHS) {
    try {
      sources.push({ name, sdl: readSchema(path.join(repoRoot, subgraphSchemaDir(name))) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
      missing.push(name);
    }
  }
  return { sources, missing };
}

/** Compose the subgraphs into a supergraph with placeholder URLs (the runtime supplies the real ones). */
export function composeSupergraph(sources: SubgraphSource[]): CompositionOutcome {
  if (sources.length === 0) return { ok: false, errors: ["No subgraph SDL found"] };
  const errors: string[] = [];
  const services: { name: string; url: string; typeDefs: DocumentNode }[] = [];
  for (const { name, sdl } of sources) {
    try {
      services.push({ name, url: placeholderUrl(name), typeDefs: parse(sdl) });
    } catch (err) {
      errors.push(`[${name}] ${(err as Error).message}`);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  const result = composeServices(services);
  if (result.errors) return { ok: false, errors: result.errors.map((e) => e.message) };
  return { ok: true, supergraphSdl: `${result.supergraphSdl.trim()}\n` };
}

/** The schema clients see: the supergraph without join/link machinery and @inaccessible parts. */
export function apiSchema(supergraphSdl: string): GraphQLSchema {
  return buildASTSchema(transformSupergraphToPublicSchema(parse(supergraphSdl)), { assumeValidSDL: true });
}

export interface SchemaChange {
  type: string;
  description: string;
}

export interface ApiChanges {
  breaking: SchemaChange[];
  dangerous: SchemaChange[];
}

/** What a client of the previous public API would notice in the next one. */
export function compareApis(previousSupergraphSdl: string, nextSupergraphSdl: string): ApiChanges {
  const before = apiSchema(previousSupergraphSdl);
  const after = apiSchema(nextSupergraphSdl);
  return { breaking: findBreakingChanges(before, after), dangerous: findDangerousChanges(before, after) };
}
