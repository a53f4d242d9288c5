import type { ReactNode } from 'react';

export type PillTone = 'neutral' | 'green' | 'amber' | 'red' | 'blue' | 'violet' | 'grey';

type PillProps = { readonly tone: PillTone; readonly children: ReactNode; readonly title?: string };

export const Pill = ({ tone, children, title }: PillProps) => (
  <span className={`pill pill--${tone}`} title={title}>
    {children}
  </span>
);
