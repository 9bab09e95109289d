/** Stop every process of a profile started by up.ts:  tsx infra/stack/down.ts demo|test */
import { stopAll } from "./processes.ts";

await stopAll(process.argv[2] ?? "demo");
