// The one clock (@tthc/clock), re-exported so a service needs no second import for it.
export { clock, type Clock } from "@tthc/clock";
export { ACTOR_HEADER, CORRELATION_HEADER, ActorVerificationError, actorKey, signActor, verifyActor, type Actor, type Role } from "./actor.ts";
export { baseServiceEnv, EnvError, loadEnv, parseEnv, type BaseServiceEnv } from "./env.ts";
export { appError, badInput, forbidden, notFound, unauthenticated, type ErrorCode } from "./errors.ts";
export { canActForUnit, requireReader, requireRole, requireUser, type UserActor } from "./authorization.ts";
export { databaseReadiness, kafkaReadiness, runReadiness, type ReadinessCheck, type ReadinessReport } from "./readiness.ts";
export { createService, type BaseContext, type ServiceOptions } from "./service.ts";
export { runService, type RunOptions, type RunningService, type ShutdownStep } from "./run.ts";
export type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
export { SERVICES, serviceUrlVariable, type ServiceName } from "./registry.ts";
export { startDataService, runMain, type DataServiceOptions, type ServiceDb } from "./data-service.ts";
