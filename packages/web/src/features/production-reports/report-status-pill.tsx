import type { ProductionReportStatusDto } from '@greenlight/contract';
import { Pill } from '../../ui/pill';

/** Not started, being filled in, waiting for signature, or signed (a correction says which revision). */
export const ReportStatusPill = ({
  status,
  revision,
}: {
  readonly status: ProductionReportStatusDto;
  readonly revision: number;
}) => {
  const correction = revision > 1 ? ` · correction ${revision - 1}` : '';
  switch (status) {
    case 'none':
      return <Pill tone="grey">Not started</Pill>;
    case 'draft':
      return <Pill tone="amber">Draft{correction}</Pill>;
    case 'submitted':
      return <Pill tone="blue">Submitted{correction}</Pill>;
    case 'signed':
      return <Pill tone="green">Signed{correction}</Pill>;
  }
};
