// The public API of @greenlight/contract: the HTTP contract shared by server, web and CLI.
export * from './route-definition.js';
export * from './routes.js';
export * from './client.js';
export * from './openapi.js';
export * from './schemas/common.schema.js';
export * from './schemas/error.schema.js';
export * from './schemas/session.schema.js';
export * from './schemas/production.schema.js';
export * from './schemas/team.schema.js';
export * from './schemas/authority.schema.js';
export * from './schemas/expenditure.schema.js';
export * from './schemas/script.schema.js';
export * from './schemas/schedule.schema.js';
export * from './schemas/calendar-feed.schema.js';
export * from './schemas/budget.schema.js';
export * from './schemas/financing.schema.js';
