import { useState } from 'react';
import type { BoardSummaryDto } from '@greenlight/contract';
import { useQuery } from '../../api/use-query';
import { Link, navigate } from '../../router/router';
import { EmptyState } from '../../ui/feedback';
import { formatInstant } from '../../ui/format-time';
import { QueryView } from '../../ui/query-view';
import { BOARD_KIND_LABELS, UNIT_LABELS } from './board-labels';
import { NewBoardForm } from './new-board-form';
import type { ReportOutcome } from './schedule-outcome';
import { LockIcon } from './lock-icon';
import { scheduleHref } from './schedule-views';

type BoardsViewProps = {
  readonly productionId: string;
  readonly timeZone: string;
  readonly report: ReportOutcome;
};

/** Shooting boards first (one per unit), then the what-ifs. */
const byKind = (a: BoardSummaryDto, b: BoardSummaryDto): number =>
  a.kind === b.kind
    ? a.unit.localeCompare(b.unit) || a.name.localeCompare(b.name)
    : a.kind === 'shooting'
      ? -1
      : 1;

/** The production's stripboards and "New board". */
export const BoardsView = ({ productionId, timeZone, report }: BoardsViewProps) => {
  const query = useQuery(`boards:${productionId}`, (client) =>
    client.call('boards', { params: { productionId } }),
  );
  const [creating, setCreating] = useState(false);
  return (
    <QueryView query={query} loadingLabel="Loading the boards…">
      {({ boards }) => (
        <div className="stack">
          <div className="toolbar">
            <p className="toolbar__text muted">
              The shooting board is the schedule the unit works to; what-ifs try other orders
              without touching it.
            </p>
            <div className="toolbar__actions">
              <button
                type="button"
                className="button button--primary"
                onClick={() => setCreating((open) => !open)}
                aria-expanded={creating}
                data-testid="new-board"
              >
                New board
              </button>
            </div>
          </div>
          {creating ? (
            <NewBoardForm
              productionId={productionId}
              boards={boards}
              onCancel={() => setCreating(false)}
              onCreated={(outcome, boardId) => {
                setCreating(false);
                report(outcome);
                if (boardId) navigate(scheduleHref(productionId, { view: 'board', boardId }));
                else query.reload();
              }}
            />
          ) : null}
          {boards.length === 0 ? (
            <EmptyState title="No boards yet">
              <p>
                Make the shooting board from the script: the scenes in script order, packed into
                days.
              </p>
            </EmptyState>
          ) : (
            <div className="table-wrap">
              <table className="table" data-testid="boards-table">
                <thead>
                  <tr>
                    <th scope="col">Board</th>
                    <th scope="col">Kind</th>
                    <th scope="col" className="num">
                      Scenes
                    </th>
                    <th scope="col" className="num">
                      Shoot days
                    </th>
                    <th scope="col">Updated</th>
                  </tr>
                </thead>
                <tbody>
                  {[...boards].sort(byKind).map((board) => (
                    <tr
                      key={board.id}
                      data-testid="board-row"
                      data-board-id={board.id}
                      data-kind={board.kind}
                      className={
                        board.kind === 'shooting' ? 'board-row board-row--shooting' : 'board-row'
                      }
                    >
                      <th scope="row">
                        <Link
                          to={scheduleHref(productionId, { view: 'board', boardId: board.id })}
                          className="row-title"
                        >
                          {board.name}
                        </Link>
                        {board.locked ? (
                          <span className="lock-badge lock-badge--small" data-testid="locked-badge">
                            <LockIcon /> Locked
                          </span>
                        ) : null}
                      </th>
                      <td>
                        <span className={`board-kind board-kind--${board.kind}`}>
                          {board.kind === 'shooting'
                            ? `${BOARD_KIND_LABELS.shooting} · ${UNIT_LABELS[board.unit]}`
                            : `${BOARD_KIND_LABELS['what-if']} · ${UNIT_LABELS[board.unit]}`}
                        </span>
                      </td>
                      <td className="num">{board.sceneCount}</td>
                      <td className="num">{board.shootDays}</td>
                      <td className="muted">{formatInstant(board.updatedAt, timeZone)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </QueryView>
  );
};
