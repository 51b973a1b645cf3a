// Stand-in for eventemitter2 in the browser build of json-rules-engine, which only ever calls
// on() (rule onSuccess/onFailure options) and emitAsync() (success/failure events). An ES5
// constructor on purpose: json-rules-engine's Babel output calls its parent class as a function.
export default function EventEmitter() {}

function listeners(emitter, type) {
  const all = emitter.__listeners || (emitter.__listeners = {});
  return all[type] || (all[type] = []);
}

EventEmitter.prototype.on = function on(type, listener) {
  listeners(this, type).push(listener);
  return this;
};
EventEmitter.prototype.addListener = EventEmitter.prototype.on;

EventEmitter.prototype.off = function off(type, listener) {
  const list = listeners(this, type);
  const at = list.indexOf(listener);
  if (at >= 0) list.splice(at, 1);
  return this;
};
EventEmitter.prototype.removeListener = EventEmitter.prototype.off;

EventEmitter.prototype.emit = function emit(type, ...args) {
  const list = listeners(this, type).slice();
  for (const listener of list) listener.apply(this, args);
  return list.length > 0;
};

/** Calls every listener and resolves when all of them (sync or async) are done, like EventEmitter2. */
EventEmitter.prototype.emitAsync = function emitAsync(type, ...args) {
  return Promise.all(listeners(this, type).slice().map((listener) => listener.apply(this, args)));
};

export { EventEmitter, EventEmitter as EventEmitter2 };
