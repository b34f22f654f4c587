/**
 * For code built into a lazily loaded chunk (`dist/consentry.<name>.js`): hands the chunk's
 * exports to the drop-in that loaded it (see `loadChunk` in lazy.ts). Has no other effect.
 */
export function registerChunk(name: string, exports: unknown): void {
  (window as any)[Symbol.for('consentry.chunk')]?.(name, exports);
}
