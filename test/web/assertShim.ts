/**
 * Node's `assert` for the tests that run in the web worker extension host, which has no Node
 * (scripts/bundles.mjs resolves `assert` here for dist/test/web only): the part the host tests
 * use, with Node's strict semantics (`equal` is `===`, `deepEqual` compares structure), so that
 * test/host/helpers.ts and the web tests read as the Node host tests do.
 */
export class AssertionError extends Error {
  override name = 'AssertionError';
}

function fail(message: string | undefined, fallback: string): never {
  throw new AssertionError(message ?? fallback);
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && same((a as Record<string, unknown>)[k], rb[k]));
}

export function ok(value: unknown, message?: string): asserts value {
  if (!value) fail(message, `expected a truthy value, got ${show(value)}`);
}

export function equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!Object.is(actual, expected)) fail(message, `expected ${show(expected)}, got ${show(actual)}`);
}

export function notEqual(actual: unknown, expected: unknown, message?: string): void {
  if (Object.is(actual, expected)) fail(message, `expected anything but ${show(expected)}`);
}

export function deepEqual<T>(actual: unknown, expected: T, message?: string): asserts actual is T {
  if (!same(actual, expected)) fail(message, `expected ${show(expected)},\n     got ${show(actual)}`);
}

export function match(actual: string, pattern: RegExp, message?: string): void {
  if (!pattern.test(actual)) fail(message, `expected ${show(actual)} to match ${pattern}`);
}

export function doesNotMatch(actual: string, pattern: RegExp, message?: string): void {
  if (pattern.test(actual)) fail(message, `expected ${show(actual)} not to match ${pattern}`);
}

export async function rejects(promise: Promise<unknown> | (() => Promise<unknown>), check?: (e: unknown) => boolean, message?: string): Promise<void> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    if (check && !check(e)) fail(message, `rejected with an unexpected error: ${e instanceof Error ? e.message : show(e)}`);
    return;
  }
  fail(message, 'expected a rejection');
}

export const strict = { ok, equal, notEqual, deepEqual, match, doesNotMatch, rejects, AssertionError };
