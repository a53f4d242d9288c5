import type {
  ApprovalRequestDto,
  AuditEntryDto,
  ExpenditureDto,
  ExpenditureListDto,
} from '@greenlight/contract';
import type { Department, Role } from '@greenlight/domain';
import type { DemoTestApp } from './create-demo-test-app.js';

export type Verb = 'approve' | 'reject' | 'escalate' | 'withdraw';

/** An expenditure as the demo's `role`, which must be routed for approval; returns the request. */
export const requestSpending = async (
  t: DemoTestApp,
  role: Role,
  dollars: number,
  description: string,
  department?: Department,
): Promise<ApprovalRequestDto> => {
  const response = await t.call(
    'createExpenditure',
    {
      params: { productionId: t.productionId },
      body: { description, amount: dollars * 100, ...(department ? { department } : {}) },
    },
    await t.as(role),
  );
  const created = response.ok();
  if (created.request === null) throw new Error(`${description} was not routed for approval`);
  return created.request;
};

/** Approves, rejects, escalates or withdraws a request as the demo's `role`; the raw response. */
export const decideRequest = async (
  t: DemoTestApp,
  verb: Verb,
  request: Pick<ApprovalRequestDto, 'id'>,
  role: Role,
  body: Record<string, string> = {},
) => {
  const params = { requestId: request.id };
  const session = await t.as(role);
  switch (verb) {
    case 'approve':
      return t.call('approve', { params, body }, session);
    case 'reject':
      return t.call('reject', { params, body: body as { reason: string } }, session);
    case 'escalate':
      return t.call('escalate', { params }, session);
    case 'withdraw':
      return t.call('withdraw', { params }, session);
  }
};

/** The audit entries about one request, oldest first, as the executive producer reads them. */
export const auditOfRequest = async (
  t: DemoTestApp,
  requestId: string,
): Promise<AuditEntryDto[]> => {
  const log = (
    await t.call(
      'auditLog',
      { params: { productionId: t.productionId }, query: { limit: 500 } },
      await t.as('executive-producer'),
    )
  ).ok();
  return log.entries.filter((e) => e.approvalRequestId === requestId).reverse();
};

/** The expenditure waiting on (or settled by) a request, with the production's list around it. */
export const expenditureFor = async (
  t: DemoTestApp,
  requestId: string,
): Promise<{ expenditure: ExpenditureDto; list: ExpenditureListDto }> => {
  const list = (
    await t.call(
      'expenditures',
      { params: { productionId: t.productionId } },
      await t.as('executive-producer'),
    )
  ).ok();
  const found = list.expenditures.find((e) => e.approvalRequestId === requestId);
  if (found === undefined) throw new Error(`No expenditure waits on ${requestId}`);
  return { expenditure: found, list };
};
