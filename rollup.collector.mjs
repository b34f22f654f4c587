// The collector's builds alone (see rollup.config.mjs): `npm run collector`, `npm run test:collector`.
export { collector as default } from './rollup.config.mjs';
