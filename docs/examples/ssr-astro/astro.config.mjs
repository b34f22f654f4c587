import { defineConfig } from 'astro/config';
import node from '@astrojs/node';

// Pages are rendered on each request by the Node adapter's own server (`node dist/server/entry.mjs`);
// a page with `export const prerender = true` is written once at build time instead.
export default defineConfig({
  output: 'server',
  adapter: node({ mode: 'standalone' }),
});
