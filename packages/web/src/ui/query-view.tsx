import type { ReactNode } from 'react';
import { describeError } from '../api/describe-error';
import type { Query } from '../api/use-query';
import { ErrorMessage, Loading } from './feedback';

type QueryViewProps<T> = {
  readonly query: Query<T>;
  readonly loadingLabel?: string;
  readonly children: (data: T) => ReactNode;
};

/** Loading, error or the data: the three states every page goes through. */
export const QueryView = <T,>({ query, loadingLabel, children }: QueryViewProps<T>) => {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error !== undefined) {
    return (
      <ErrorMessage>
        {describeError(query.error)}{' '}
        <button type="button" className="link-button" onClick={query.reload}>
          Try again
        </button>
      </ErrorMessage>
    );
  }
  return <Loading {...(loadingLabel === undefined ? {} : { label: loadingLabel })} />;
};
