// Test support for the server's tests: a real app on a fresh test database, driven by route id.
export * from './test-clock.js';
export * from './create-test-app.js';
export * from './create-demo-test-app.js';
export * from './route-authority-problems.js';
export * from './path-params.js';
export * from './demo-requests.js';
