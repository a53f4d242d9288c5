import type { LabourDealDto, TimecardDayDto } from '@greenlight/contract';
import {
  calendarDate,
  currencyCode,
  minorUnits,
  type LabourDeal,
  type LabourRate,
  type PersonId,
  type TimecardDay,
} from '@greenlight/domain';

/** A deal as the API sends it, as the domain's. */
export const labourDealFromDto = (personId: PersonId, dto: LabourDealDto): LabourDeal => {
  const currency = currencyCode(dto.rate.currency);
  const rate: LabourRate =
    dto.rate.kind === 'daily'
      ? {
          kind: 'daily',
          currency,
          perDay: minorUnits(dto.rate.perDay),
          guaranteedMinutes: dto.rate.guaranteedMinutes,
        }
      : { kind: 'hourly', currency, perHour: minorUnits(dto.rate.perHour) };
  return {
    personId,
    agreementId: dto.agreementId,
    agreementYear: dto.agreementYear,
    rate,
    department: dto.department,
    title: dto.title,
    accountNumber: dto.accountNumber,
  };
};

export const labourDealToDto = (deal: LabourDeal): LabourDealDto => ({
  agreementId: deal.agreementId,
  agreementYear: deal.agreementYear,
  rate: { ...deal.rate },
  department: deal.department,
  title: deal.title,
  accountNumber: deal.accountNumber,
});

/** Days in date order, as the engine reads them. */
export const timecardDaysFromDto = (days: readonly TimecardDayDto[]): TimecardDay[] =>
  days
    .map((d) => ({
      date: calendarDate(d.date),
      kind: d.kind,
      call: d.call,
      meals: d.meals.map((m) => ({ out: m.out, in: m.in })),
      wrap: d.wrap,
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
