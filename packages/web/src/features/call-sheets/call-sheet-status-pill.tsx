import type { CallSheetListDto } from '@greenlight/contract';
import { Pill } from '../../ui/pill';

type DayStatus = CallSheetListDto['days'][number];

/** Nothing yet, a draft, or published at which revision (and whether it was edited since). */
export const CallSheetStatusPill = ({ day }: { readonly day: DayStatus }) => {
  switch (day.status) {
    case 'none':
      return <Pill tone="grey">Not started</Pill>;
    case 'draft':
      return <Pill tone="amber">Draft</Pill>;
    case 'published':
      return (
        <span className="cs-status">
          <Pill tone="green">Published rev {day.revision ?? 1}</Pill>
          {day.editedSincePublished ? (
            <Pill tone="amber" title="The details were saved after this revision went out">
              Edited since
            </Pill>
          ) : null}
        </span>
      );
  }
};
