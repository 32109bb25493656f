// Node resolve hook for the benchmark: tfjs-core's ES-module files import directories and paths
// without extensions, which bundlers (Vite, Vitest) accept and Node's loader refuses. Retries such
// imports from inside @tensorflow packages with ".js" and "/index.js".
import { register } from 'node:module';

/** @type {import('node:module').ResolveHook} */
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (!context.parentURL?.includes('/node_modules/@tensorflow/')) throw err;
    for (const suffix of ['.js', '/index.js']) {
      try {
        return await next(specifier + suffix, context);
      } catch {
        // try the next form
      }
    }
    throw err;
  }
}

if (!process.env.TFJS_RESOLVE_HOOKED) {
  process.env.TFJS_RESOLVE_HOOKED = '1';
  register(import.meta.url);
}
