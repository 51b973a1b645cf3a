// Stand-in for jsonpath-plus in the browser build of json-rules-engine. Our rules never use a
// condition `path` (tests/engine/browser-shims.test.ts checks the rule files), so the resolver is
// never called; if a rule ever gains one, this fails loudly instead of answering wrongly.
export function JSONPath() {
  throw new Error('json-rules-engine condition paths are not supported in the checker’s browser build');
}
