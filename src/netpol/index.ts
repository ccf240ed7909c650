/** NetworkPolicy semantics (networking.k8s.io/v1): the model, what it allows, and bundle adapters. */
export * from './cidr.js';
export * from './model.js';
export * from './evaluate.js';
export * from './bundle.js';
export * from './portset.js';
export * from './connectivity.js';
export * from './explain.js';
export * from './diff.js';
export * from './observed.js';
