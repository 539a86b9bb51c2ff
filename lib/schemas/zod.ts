/**
 * zod, configured for where it runs. Schema modules import `z` from here.
 *
 * In the browser the Content-Security-Policy (proxy.ts) forbids eval. zod's JIT probes
 * `new Function` once; the probe is caught, but the browser still reports a CSP violation.
 * `jitless` skips the probe (and the JIT) in the browser; servers keep the faster JIT.
 */
import { z } from "zod";

if (typeof window !== "undefined") z.config({ jitless: true });

export { z };
