/**
 * `npm run -w @tthc/gateway actor-keys`: a new Ed25519 key pair for the actor signature, as the two
 * environment lines a deployment sets (the gateway gets ACTOR_SIGNING_KEY, every service
 * ACTOR_PUBLIC_KEY). Rotating: set both at once; signatures live ten seconds, so nothing else moves.
 */
import { generateActorKeys } from "@tthc/service-kit";

const { privateKey, publicKey } = generateActorKeys();
process.stdout.write(`ACTOR_SIGNING_KEY=${privateKey}\nACTOR_PUBLIC_KEY=${publicKey}\n`);
