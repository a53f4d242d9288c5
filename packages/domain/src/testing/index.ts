// Test helpers for every package's tests: `@greenlight/domain/testing`. Never imported by production code.
export * from './scenario-builder.js';
export * from './decide-in.js';
export * from './arbitraries.js';
export * from './script-builders.js';
export * from './script-arbitraries.js';
export * from './random-scheduling-problem.js';
export * from './published-scheduling-problems.js';
export * from './random-board.js';
export * from './budget-builders.js';
export * from './random-budget.js';
export * from './small-budget.js';
export * from './budget-arbitrary.js';
export * from './spending-documents.js';
export * from './timecard-builders.js';
export * from './sample-progress-report.js';
