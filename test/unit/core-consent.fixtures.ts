// What the consent state's test files share: a start with a cookie name of their own.
import { resolveConfig } from '../../src/core/config.js';
import * as consent from '../../src/core/consent.js';

export const NAME = 'unit_consent';
export const start = (attrs: Record<string, string> = {}) => consent.start(resolveConfig({ 'cookie-name': NAME, ...attrs }, {}));
export const clear = () => {
  document.cookie = `${NAME}=; max-age=0; path=/`;
};
