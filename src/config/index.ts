export { loadConfig, type ConfigOverrides } from './load.js';
export { DEFAULT_POLICY } from './defaults.js';
export type * from './types.js';
