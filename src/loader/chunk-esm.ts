/**
 * `registerChunk` in the ES module build (rollup.config.mjs swaps it in for chunk.ts): a chunk
 * module that a bundler imports hands its exports over here, to `loadChunk` of lazy-esm.ts,
 * instead of through the page-wide hook of the classic drop-in.
 */
export const registered: Record<string, unknown> = {};

export function registerChunk(name: string, exports: unknown): void {
  registered[name] = exports;
}
