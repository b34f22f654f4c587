// The server build's stand-in for src/loader/lazy.ts (rollup.config.mjs): a server has every
// table at once (src/ssr/banner.ts, src/ssr/notice.ts), no page and no chunk to load.
export const BASE = '';
export const registered: Record<string, unknown> = {};
export const fromChunk = (): boolean => false;
export const loadChunk = (name: string): Promise<never> => Promise.reject(new Error(`no chunk on a server (${name})`));
