// The public API of @greenlight/server: the composition root and the use cases the CLI runs in-process.
export { createApp, type CreateAppOptions } from './create-app.js';
export { createServerDeps, systemClock, uuidGenerator } from './create-server-deps.js';
export { startServer, type RunningServer, type StartServerOptions } from './start-server.js';
export type { ServerDeps } from './server-deps.js';
export { STATUS_BY_CODE } from './http/error-to-response.js';
export { createUser } from './services/session-service.js';
export { seedDemo, type DemoResult } from './demo/seed-demo.js';
export { DEMO_PASSWORD, DEMO_TEAM, DEMO_TITLE } from './demo/demo-team.js';
export { importScriptFile, type ImportScriptFileResult } from './services/import-script-file.js';
export {
  budgetFileFormat,
  readBudgetBytes,
  type BudgetFileFormat,
  type BudgetFileRead,
} from './services/read-budget-bytes.js';
export { renderCostReport, type CostReportFormat } from './services/cost-report-service.js';
export {
  renderProgressReport,
  type ProgressReportFormat,
} from './services/progress-report-service.js';
export { buildProductionCostReport } from './services/cost-context.js';
