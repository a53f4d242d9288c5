import type { ReactNode } from 'react';

type RulesSectionProps = {
  /** The anchor the page's "on this page" links jump to. */
  readonly id: string;
  readonly title: string;
  /** One or two sentences a coordinator reads before filling the section in. */
  readonly help: ReactNode;
  readonly children: ReactNode;
  readonly className?: string;
};

/** One panel of the calendar and rules page: a heading, a line of help, the editor. */
export const RulesSection = ({ id, title, help, children, className }: RulesSectionProps) => (
  <section
    id={id}
    className={className ? `panel rules-section ${className}` : 'panel rules-section'}
    aria-labelledby={`${id}-heading`}
  >
    <div className="rules-section__head">
      <h2 id={`${id}-heading`}>{title}</h2>
      <p className="rules-section__help">{help}</p>
    </div>
    {children}
  </section>
);
