// The configuration: its options (resolve.ts, in the drop-in) and what only a JSON
// configuration holds (json-config.ts, the `consentry.json.js` chunk and the server), as one module.
export * from './resolve.js';
export * from './json-config.js';
