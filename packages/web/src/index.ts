// The web package is an application, built by Vite from index.html; this entry exists for tooling only.
export { App } from './app';
