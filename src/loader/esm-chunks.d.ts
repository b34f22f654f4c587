/** The lazily loaded parts of the ES module build, made by rollup.config.mjs (`esmChunks`). */
declare module 'consentry:esm-chunks' {
  /** By part name (`preferences`, `lang.de`, …): a dynamic import of its module. */
  export const CHUNKS: Record<string, (() => Promise<unknown>) | undefined>;
}
