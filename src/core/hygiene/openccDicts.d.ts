// opencc-js publishes its dictionaries as ES modules under `exports["./*"]`, which the
// project's `moduleResolution: node` cannot see; esbuild resolves them when bundling.
declare module 'opencc-js/dict/*' {
  /** `source target [target…]|source target…`, one mapping per `|`. */
  const dict: string;
  export default dict;
}
