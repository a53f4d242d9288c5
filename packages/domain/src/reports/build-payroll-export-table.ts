import { formatQuantity } from '../budget/quantity.js';
import type { ComputedTimecard } from '../labour/compute-timecard.js';
import { PAY_LINE_KIND_LABELS } from '../labour/pay-line.js';
import type { DataColumn, DataRow, DataTable } from './data-table.js';

/** One person's computed weeks, as the payroll export lists them. */
export type PayrollExportPerson = {
  readonly personId: string;
  readonly name: string;
  readonly accountNumber: string;
  readonly timecards: readonly ComputedTimecard[];
};

/** Minutes as hours with two decimals, exactly when they are a tenth or a quarter of an hour. */
const hoursText = (minutes: number): string => {
  const hundredths = Math.round((minutes * 100) / 60);
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
};

/**
 * The payroll export: one row per pay line, person by person in the order given, weeks and days in
 * order. Hours are decimal text (`10.50`; minutes are there too, as an integer; a flat amount has no
 * hours, its minutes being the time late or invaded), the multiplier is `1.5`
 * (empty for a flat amount), rate and amount are money, and the rule names the agreement and clause.
 */
export const buildPayrollExportTable = (people: readonly PayrollExportPerson[]): DataTable => {
  const currency = people.find((p) => p.timecards.length > 0)?.timecards[0]?.currency;
  const money = (key: string, label: string): DataColumn =>
    currency === undefined
      ? { key, label, kind: 'money' }
      : { key, label, kind: 'money', currency };
  const columns: DataColumn[] = [
    { key: 'personId', label: 'Person ID', kind: 'text' },
    { key: 'person', label: 'Person', kind: 'text' },
    { key: 'account', label: 'Account', kind: 'text' },
    { key: 'weekStart', label: 'Week of', kind: 'date' },
    { key: 'date', label: 'Date', kind: 'date' },
    { key: 'kind', label: 'Pay', kind: 'text' },
    { key: 'minutes', label: 'Minutes', kind: 'integer' },
    { key: 'hours', label: 'Hours', kind: 'text' },
    money('rate', 'Hourly rate'),
    { key: 'multiplier', label: 'Multiplier', kind: 'text' },
    money('amount', 'Amount'),
    { key: 'agreement', label: 'Agreement', kind: 'text' },
    { key: 'clause', label: 'Clause', kind: 'text' },
    { key: 'rule', label: 'Rule', kind: 'text' },
    { key: 'note', label: 'Note', kind: 'text' },
  ];
  const rows: DataRow[] = [];
  for (const person of people) {
    for (const card of person.timecards) {
      for (const line of card.lines) {
        rows.push({
          personId: person.personId,
          person: person.name,
          account: person.accountNumber,
          weekStart: card.weekStart,
          date: line.date,
          kind: PAY_LINE_KIND_LABELS[line.kind],
          minutes: line.minutes,
          hours: line.multiplier === null ? null : hoursText(line.minutes),
          rate: line.ratePerHour,
          multiplier: line.multiplier === null ? null : formatQuantity(line.multiplier),
          amount: line.amount,
          agreement: line.rule.agreementId,
          clause: line.rule.clauseId,
          rule: line.rule.words,
          note: line.note,
        });
      }
    }
  }
  return { title: 'Payroll', columns, rows };
};
