/**
 * Deep freezing, for values that are known valid and must stay so: the validation memo
 * (`schema.ts`, `memoized`) and the serialisation cache (`storage/json.ts`) trust an object by
 * its identity, which is only sound when nothing can change it afterwards. The stores never
 * change a record in place (every edit makes a new object and shares the unchanged ones:
 * `sameData.ts`); freezing makes that a guarantee, and a change in place a TypeError instead of
 * data that was validated once and written different.
 */
const deeplyFrozen = new WeakSet<object>()

/** Freezes `value` and everything reachable from it; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || deeplyFrozen.has(value)) return value
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  Object.freeze(value)
  deeplyFrozen.add(value)
  return value
}

/** Whether `value` was frozen with everything in it by `deepFreeze` (so cannot change). */
export function isDeepFrozen(value: object): boolean {
  return deeplyFrozen.has(value)
}
