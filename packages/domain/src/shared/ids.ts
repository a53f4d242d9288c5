import type { Brand } from './brand.js';

// Identifiers are opaque strings (UUIDs generated outside the domain, which has no randomness).
export type ProductionId = Brand<string, 'ProductionId'>;
export type PersonId = Brand<string, 'PersonId'>;
export type UserId = Brand<string, 'UserId'>;
export type AssignmentId = Brand<string, 'AssignmentId'>;
export type ApprovalRequestId = Brand<string, 'ApprovalRequestId'>;
export type DelegationId = Brand<string, 'DelegationId'>;
export type ExpenditureId = Brand<string, 'ExpenditureId'>;
export type VendorId = Brand<string, 'VendorId'>;
export type SpendingDocumentId = Brand<string, 'SpendingDocumentId'>;

/** Generates fresh ids; injected so the domain stays deterministic in tests. */
export interface IdGenerator {
  next(): string;
}
