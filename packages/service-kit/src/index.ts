// The one clock (@tthc/clock), re-exported so a service needs no second import for it.
export { clock, type Clock } from "@tthc/clock";
export {
  ACTOR_HEADER,
  CORRELATION_HEADER,
  ACTOR_TOKEN_TTL_SECONDS,
  ActorVerificationError,
  BODY_IN_TRAILER,
  BODY_SIGNATURE_TRAILER,
  actorPublicKey,
  actorSigner,
  actorSigningKey,
  bodyDigest,
  generateActorKeys,
  signBodyTrailer,
  standInGateway,
  verifyBodyTrailer,
  actorId,
  actorKey,
  actorRef,
  signActor,
  verifyActor,
  type Actor,
  type ActorKeyPair,
  type ActorReference,
  type ActorSignature,
  type VerifiedActor,
  type Role,
} from "./actor.ts";
export { actorSignatureKey, baseServiceEnv, EnvError, isSecret, loadEnv, parseEnv, secret, type BaseServiceEnv } from "./env.ts";
export {
  appError,
  badInput,
  fieldErrors,
  forbidden,
  invalidInput,
  notFound,
  rateLimited,
  unauthenticated,
  type ErrorCode,
  type FieldError,
} from "./errors.ts";
export { canActForUnit, requireReader, requireRole, requireUser, type UserActor } from "./authorization.ts";
export {
  cachedProbe,
  databaseReadiness,
  isLoopback,
  kafkaReadiness,
  runReadiness,
  type ReadinessCheck,
  type ReadinessReport,
} from "./readiness.ts";
export {
  applyFieldPolicies,
  grantFor,
  readerMatches,
  readers,
  typePolicy,
  type FieldPolicies,
  type FieldRule,
  type Grant,
  type Reader,
  type TypePolicy,
} from "./field-policy.ts";
export { grantedScopes, hasScope, isPartnerScope, LEGACY_SCOPES, PARTNER_SCOPES, requireScope, type PartnerScope } from "./scopes.ts";
export { createService, type BaseContext, type ServiceOptions } from "./service.ts";
export { runService, type RunOptions, type RunningService, type ShutdownStep } from "./run.ts";
export type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
export { SERVICES, serviceUrlVariable, type ServiceName } from "./registry.ts";
export { consumerTopics, startDataService, runMain, type DataServiceOptions, type ServiceDb } from "./data-service.ts";
export { runReplayCommand, type ReplayCommandOptions } from "./replay-command.ts";
export { startJobs, type Job, type JobContext, type RunningJobs } from "./jobs.ts";
export { MemoryRateLimiter, slidingWindowDecision, type RateDecision, type RateLimiter } from "./rate-limit.ts";
export {
  RedisRateLimiter,
  connectRedis,
  redisReady,
  sharedLimitsEnv,
  sharedRateLimiter,
  type RedisRateLimiterOptions,
  type SharedRateLimiter,
} from "./redis-rate-limit.ts";
export { clientAddressKey, requestClientKey } from "./client-address.ts";
export { DateScalar, DateTimeScalar } from "./scalars.ts";
export { callerHeaders, correlationId, eventOrigin, requestChange, type ChangeContext, type ServiceChangeContext } from "./correlation.ts";
export { readSchema } from "./schema.ts";
export { batchLoader } from "./batch-loader.ts";
export { isUuid } from "./ids.ts";
export {
  startTracing,
  tracingEnv,
  contextWithSpan,
  extractContext,
  inSpan,
  traceHeaders,
  tracer,
  SpanKind,
  SpanStatusCode,
  type Tracing,
  type Context,
  type Span,
} from "./tracing.ts";
export {
  addCollector,
  metrics,
  metricsEnv,
  metricsRegistry,
  metricsText,
  newOperation,
  recordOperation,
  startMetricsServer,
  useOperationMetrics,
  type Collector,
  type OperationInfo,
} from "./metrics.ts";
export { observeGraphqlRequest } from "./graphql-observer.ts";
export { demoUserId } from "./demo-ids.ts";
