/**
 * zod without its JIT, set before any schema exists. zod 4 compiles object parsers with
 * `new Function`, and decides whether it may when it BUILDS its first object schema
 * (`allowsEval`, probed with `new F("")` in zod/v4/core/util.js, read in $ZodObject's
 * constructor). The page's CSP has no 'unsafe-eval', so the probe is refused and reported
 * as a `securitypolicyviolation` even though zod catches the throw. With
 * `z.config({ jitless: true })` zod skips both the probe and the compiler ("Skip the probe
 * under `jitless`: strict CSPs report the caught `new Function`", zod 4.6's util.js).
 *
 * Schemas are built at module scope (shared/api/contract.ts and others), so this module
 * must be evaluated first: main.tsx imports it before anything else, and ES modules run in
 * import order. tests/e2e/csp.test.ts records every violation from the page's first line.
 */
import { z } from 'zod';

z.config({ jitless: true });
