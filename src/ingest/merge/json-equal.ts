/**
 * Comparing frontmatter values as JSON: key order and formatting do not matter. The merge uses it
 * to tell whether a build-owned value on a page differs from the one this run generates.
 */

/** JSON with sorted object keys: compares values independently of key order and formatting. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

/**
 * `canonicalJson(a) === canonicalJson(b)`, without building the two texts when both values are
 * plain data (strings, finite numbers, booleans, null, arrays without holes and plain objects with
 * no undefined property): for those, equal JSON means equal values under the same keys. Anything
 * else (dates, non-finite numbers, undefined, …) is compared as JSON, as before.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (isPlainTree(a) && isPlainTree(b)) return plainEqual(a, b);
  return canonicalJson(a) === canonicalJson(b);
}

function isPlainTree(v: unknown): boolean {
  if (v === null) return true;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(v);
    case 'object':
      break;
    default:
      return false;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) if (!isPlainTree(v[i])) return false;
    return true;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return false;
  for (const value of Object.values(v as object)) if (!isPlainTree(value)) return false;
  return true;
}

/** Equality of two plain trees, object keys in any order (-0 equals 0, as in JSON). */
function plainEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!plainEqual(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const k of keys) if (!Object.hasOwn(y, k) || !plainEqual(x[k], y[k])) return false;
  return true;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}
