/** Layer 0: the domain types, one definition each. Imports nothing of the project. */
export * from './bundle.js';
export * from './position.js';
export * from './report.js';
export * from './rule.js';
export * from './slo.js';
export * from './verdict.js';
