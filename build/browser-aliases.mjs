// @ts-check
// json-rules-engine's dependencies the checker never exercises, and the small stand-ins its
// browser bundle uses instead (build/shims/, each file says why it is enough). One list for both
// sides: build/checker-bundle.mjs swaps them in when the client build resolves them, and
// tests/engine/browser-shims.test.ts bundles the engine with exactly these aliases and checks it
// decides as the real packages do. The engine's own code is never edited.
import { fileURLToPath } from 'node:url';

const shim = (/** @type {string} */ name) => fileURLToPath(new URL(`./shims/${name}.js`, import.meta.url));

/** Package name → the stand-in file that replaces it (absolute path). */
export const BROWSER_ALIASES = Object.freeze({
  'jsonpath-plus': shim('jsonpath-plus'),
  eventemitter2: shim('eventemitter2'),
  'hash-it': shim('hash-it'),
  clone: shim('clone'),
});

