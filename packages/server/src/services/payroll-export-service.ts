import {
  buildPayrollExportTable,
  calendarDate,
  type PayrollExportPerson,
  type ProductionId,
} from '@greenlight/domain';
import { writeCsv } from '@greenlight/spreadsheet';
import { readOnly, type ServiceContext } from './service-context.js';
import { agreementOrNull, payOfCard } from './timecard-context.js';

/**
 * The week's approved cards as the payroll export (one row per pay line, with the rule), as CSV. Cards not
 * yet approved are left out: payroll pays what accounting signed.
 */
export const payrollCsv = async (
  context: ServiceContext,
  productionId: ProductionId,
  weekStartText: string,
): Promise<Uint8Array> => {
  const repos = readOnly(context.deps);
  const weekStart = calendarDate(weekStartText);
  const [cards, deals, people] = await Promise.all([
    repos.timecards.listCards(productionId, weekStart),
    repos.timecards.listDeals(productionId),
    repos.people.listByProduction(productionId),
  ]);
  const names = new Map(people.map((p) => [p.id, p.name]));
  const dealOf = new Map(deals.map((d) => [d.personId, d]));
  const rows: PayrollExportPerson[] = [];
  for (const card of cards) {
    const deal = dealOf.get(card.personId);
    const agreement = agreementOrNull(deal ?? null);
    if (card.approval.status !== 'approved' || deal === undefined || agreement === null) continue;
    const computed = await payOfCard(repos, productionId, agreement, deal, card);
    if (!computed.ok) throw computed.error;
    rows.push({
      personId: card.personId,
      name: names.get(card.personId) ?? 'Someone',
      accountNumber: deal.accountNumber,
      timecards: [computed.value],
    });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return new TextEncoder().encode(writeCsv(buildPayrollExportTable(rows)));
};
