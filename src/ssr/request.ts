/** A Fetch `Request` (headers with `get`) or Node's `IncomingMessage` (a plain headers object). */
export type RequestLike = { headers: { get(name: string): string | null } | Record<string, string | string[] | undefined> };

/** A header of a request of either kind, several values joined by `sep`. */
export const header = (r: RequestLike, name: string, sep = '; '): string | undefined => {
  const h = r.headers as any;
  const v = typeof h.get === 'function' ? h.get(name) : h[name];
  return Array.isArray(v) ? v.join(sep) : (v ?? undefined);
};
