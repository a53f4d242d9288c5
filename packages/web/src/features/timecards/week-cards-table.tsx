import type { TimecardWeekDto } from '@greenlight/contract';
import { DEPARTMENT_LABELS } from '@greenlight/domain';
import { formatAmount } from '../../ui/money';
import { TimecardStatusPill } from './timecard-status-pill';

type WeekCardsTableProps = {
  readonly title: string;
  readonly testId: string;
  readonly cards: TimecardWeekDto['cards'];
  readonly selected: string;
  readonly onOpen: (personId: string) => void;
};

/** Cards of the week with their status, whose signature each waits on, and the pay worked out now. */
export const WeekCardsTable = ({ title, testId, cards, selected, onOpen }: WeekCardsTableProps) => (
  <section className="panel panel--flush" aria-label={title} data-testid={testId}>
    <div className="panel__bar">
      <h2>{title}</h2>
      <span className="muted">
        {cards.length} {cards.length === 1 ? 'card' : 'cards'}
      </span>
    </div>
    <table className="table">
      <thead>
        <tr>
          <th scope="col">Person</th>
          <th scope="col">Department</th>
          <th scope="col">Status</th>
          <th scope="col">Waiting on</th>
          <th scope="col" className="num">
            Pay
          </th>
          <th scope="col">
            <span className="visually-hidden">Open</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {cards.map((card) => (
          <tr
            key={card.personId}
            data-testid="week-card"
            data-person={card.name}
            data-status={card.status}
            aria-current={card.personId === selected ? 'true' : undefined}
          >
            <th scope="row">
              {card.name}
              {card.title ? <span className="muted"> · {card.title}</span> : null}
            </th>
            <td>{card.department === null ? 'Cast' : DEPARTMENT_LABELS[card.department]}</td>
            <td>
              <TimecardStatusPill status={card.status} />
            </td>
            <td>{card.waitingOnMe ? <strong>You</strong> : (card.nextStep ?? '—')}</td>
            <td className="num">
              {card.amount === null || card.currency === null
                ? '—'
                : formatAmount(card.amount, card.currency)}
            </td>
            <td>
              <button
                type="button"
                className="button button--small"
                onClick={() => onOpen(card.personId)}
                data-testid="open-card"
              >
                Open
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  </section>
);
