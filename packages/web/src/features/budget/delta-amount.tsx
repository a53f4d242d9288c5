import { deltaTone, formatDelta } from './figures';

/** A difference in money, signed and coloured: more spending red, less green. */
export const DeltaAmount = ({
  amount,
  currency,
}: {
  readonly amount: number;
  readonly currency: string;
}) => <span className={`delta delta--${deltaTone(amount)}`}>{formatDelta(amount, currency)}</span>;
