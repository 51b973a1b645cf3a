// Stand-in for hash-it in the browser build of json-rules-engine. The engine hashes
// { id, params } only to key its fact cache (a Map), so any stable string works; our facts are
// constants without params, so JSON is exact and tiny.
export default function hash(value) {
  return JSON.stringify(value);
}
