import type { TimecardWeekDto } from '@greenlight/contract';
import { Pill, type PillTone } from '../../ui/pill';

type Status = TimecardWeekDto['cards'][number]['status'];

const STATUS: Readonly<Record<Status, { label: string; tone: PillTone }>> = {
  none: { label: 'No card', tone: 'grey' },
  draft: { label: 'Draft', tone: 'neutral' },
  'in-approval': { label: 'In approval', tone: 'amber' },
  approved: { label: 'Approved', tone: 'green' },
};

export const TimecardStatusPill = ({ status }: { readonly status: Status }) => (
  <span data-testid="timecard-status" data-status={status}>
    <Pill tone={STATUS[status].tone}>{STATUS[status].label}</Pill>
  </span>
);
