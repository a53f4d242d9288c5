import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ProductionReportDto, ProductionReportEntryDto } from '@greenlight/contract';
import { useClient } from '../../api/api-context';
import { describeError } from '../../api/describe-error';

export type ReportPreview = {
  /** The report the entry makes, or null while it is being worked out or cannot be. */
  readonly report: ProductionReportDto | null;
  /** Why the entry cannot make a report yet (a time out of order…), in the server's words. */
  readonly problem: string | null;
};

/** How long typing pauses before the totals are worked out again. */
const SETTLE_MS = 300;

/**
 * The report an unsaved entry would make, from the server (which owns the totals and the schedule
 * standing), asked again a moment after each change; null while the entry is the saved one.
 */
export const useReportPreview = (
  productionId: string,
  date: string,
  entry: ProductionReportEntryDto,
  changed: boolean,
): ReportPreview => {
  const client = useClient();
  const [preview, setPreview] = useState<ReportPreview & { readonly for: string }>({
    for: '',
    report: null,
    problem: null,
  });
  // The entry is compared by its JSON (`key`), so a new object with the same values asks nothing.
  const key = JSON.stringify(entry);
  const entryRef = useRef(entry);
  useLayoutEffect(() => {
    entryRef.current = entry;
  });
  useEffect(() => {
    if (!changed) return;
    let cancelled = false;
    const timer = window.setTimeout(() => {
      client
        .call('previewProductionReport', {
          params: { productionId, date },
          body: { entry: entryRef.current },
        })
        .then(
          (report) => {
            if (!cancelled) setPreview({ for: key, report, problem: null });
          },
          (error: unknown) => {
            if (!cancelled) setPreview({ for: key, report: null, problem: describeError(error) });
          },
        );
    }, SETTLE_MS);
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [client, productionId, date, key, changed]);
  if (!changed) return { report: null, problem: null };
  // The last answer stands while the next is worked out, so the totals do not flicker as one types.
  return { report: preview.report, problem: preview.for === key ? preview.problem : null };
};
