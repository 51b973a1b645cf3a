// Stand-in for clone in the browser build of json-rules-engine, which deep-copies plain rule data
// and Condition objects (their methods live on the prototype, so the prototype is kept).
// Our rule data is acyclic JSON, so no cycle tracking is needed.
export default function clone(value) {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(clone);
  if (value instanceof Date) return new Date(value.getTime());
  const copy = Object.create(Object.getPrototypeOf(value));
  for (const key of Object.keys(value)) copy[key] = clone(value[key]);
  return copy;
}
