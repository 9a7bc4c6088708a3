// A loaded scenario is shared by the engine, the store and the UI; freezing it makes any
// accidental write throw (in strict mode) instead of silently changing a running game.
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
