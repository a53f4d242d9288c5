import type { RouteOutput } from '@greenlight/contract';

// The answers of the cost routes the tab reads, named once (the contract names only some of them).
export type IssuedCostReportListDto = RouteOutput<'issuedCostReports'>;
export type SpendingDocumentListItem = RouteOutput<'spendingDocuments'>['documents'][number];
export type SpendingInboxItem = RouteOutput<'spendingInbox'>['documents'][number];
export type CostRowDto = RouteOutput<'costReport'>['sections'][number]['rows'][number];
