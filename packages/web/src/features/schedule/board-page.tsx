import { useState } from 'react';
import type { BoardDto, StripDto } from '@greenlight/contract';
import { formatEighths } from '@greenlight/domain';
import { describeError } from '../../api/describe-error';
import { Link } from '../../router/router';
import { ErrorMessage, Loading } from '../../ui/feedback';
import { formatAmount } from '../../ui/money';
import { AddStripForm } from './add-strip-form';
import { boardLayout, type BoardLayout } from './board-rows';
import { CastCostsPanel } from './cast-costs-panel';
import { ConflictsPanel } from './conflicts-panel';
import { pagesText } from './day-break-label';
import { MissingScenesPanel } from './missing-scenes-panel';
import { OptimizeDialog } from './optimize-dialog';
import type { ReportOutcome } from './schedule-outcome';
import { LockIcon } from './lock-icon';
import { scheduleHref } from './schedule-views';
import { StripActionBar } from './strip-action-bar';
import { StripLegend } from './strip-legend';
import { Stripboard } from './stripboard';
import { useBoardEditor } from './use-board-editor';
import { UNIT_LABELS } from './board-labels';

type BoardPageProps = {
  readonly productionId: string;
  readonly boardId: string;
  readonly report: ReportOutcome;
};

/** One stripboard: the strips to reorder, the days they make, what they cost the cast, the optimizer. */
export const BoardPage = ({ productionId, boardId, report }: BoardPageProps) => {
  const editor = useBoardEditor(productionId, boardId, report);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [optimizing, setOptimizing] = useState(false);
  const { board } = editor;

  if (board === undefined) {
    return editor.error === undefined ? (
      <Loading label="Loading the board…" />
    ) : (
      <ErrorMessage>
        {describeError(editor.error)}{' '}
        <button type="button" className="link-button" onClick={editor.reload}>
          Try again
        </button>
      </ErrorMessage>
    );
  }

  const layout = boardLayout(editor.strips, board.scenes, board.days, board.maxEighthsPerDay);
  const maxPages = formatEighths(board.maxEighthsPerDay);
  const onChange = (strips: readonly StripDto[], doneText: string) =>
    editor.change({ strips, doneText });

  return (
    <div className="stack board-page" data-testid="board-page" data-board-id={board.id}>
      <BoardHeader
        board={board}
        productionId={productionId}
        saving={editor.saving}
        onLock={() =>
          editor.change({
            locked: !board.locked,
            doneText: board.locked ? `Unlocked ${board.name}` : `Locked ${board.name}`,
          })
        }
        onOptimize={() => setOptimizing(true)}
      />
      <BoardStats board={board} layout={layout} />
      <div className="board-layout">
        <div className="board-main">
          <div className="board-main__bar">
            <StripActionBar
              layout={layout}
              strips={editor.strips}
              selectedId={selectedId}
              onChange={onChange}
            />
            <StripLegend />
          </div>
          {editor.strips.length === 0 ? (
            <p className="empty-state">This board has no strips yet.</p>
          ) : (
            <Stripboard
              layout={layout}
              strips={editor.strips}
              maxPages={maxPages}
              selectedId={selectedId}
              onSelect={setSelectedId}
              onChange={onChange}
            />
          )}
        </div>
        <aside className="board-side" aria-label="Board tools">
          <ConflictsPanel conflicts={board.conflicts} />
          <MissingScenesPanel
            productionId={productionId}
            board={board}
            strips={editor.strips}
            onChange={onChange}
          />
          <AddStripForm
            layout={layout}
            strips={editor.strips}
            selectedId={selectedId}
            onChange={onChange}
          />
          <CastCostsPanel
            productionId={productionId}
            explanation={board.explanation}
            currency={board.currency}
            report={report}
            onSaved={editor.reload}
          />
        </aside>
      </div>
      {optimizing ? (
        <OptimizeDialog
          productionId={productionId}
          boardId={board.id}
          boardName={board.name}
          currency={board.currency}
          onClose={() => setOptimizing(false)}
          onAccept={(proposal) => {
            setOptimizing(false);
            editor.change({
              strips: proposal.strips,
              version: proposal.version,
              doneText:
                proposal.castCostSaved > 0
                  ? `Saved the optimizer’s order: ${formatAmount(proposal.castCostSaved, board.currency)} less for the cast`
                  : 'Saved the optimizer’s order',
            });
          }}
        />
      ) : null}
    </div>
  );
};

type BoardHeaderProps = {
  readonly board: BoardDto;
  readonly productionId: string;
  readonly saving: boolean;
  readonly onLock: () => void;
  readonly onOptimize: () => void;
};

const BoardHeader = ({ board, productionId, saving, onLock, onOptimize }: BoardHeaderProps) => (
  <div className="board-header">
    <div className="board-header__title">
      <Link to={scheduleHref(productionId, { view: 'boards' })} className="board-header__back">
        ← Boards
      </Link>
      <h2 data-testid="board-name">{board.name}</h2>
      <span className={`board-kind board-kind--${board.kind}`} data-testid="board-kind">
        {board.kind === 'shooting' ? `Shooting board · ${UNIT_LABELS[board.unit]}` : 'What-if'}
      </span>
      {board.locked ? (
        <span
          className="lock-badge"
          data-testid="locked-badge"
          title="Changes need the UPM’s approval"
        >
          <LockIcon /> Locked
        </span>
      ) : null}
      <span className="board-header__save muted" data-testid="save-state" aria-live="polite">
        {saving ? 'Saving…' : `Version ${board.version}`}
      </span>
    </div>
    <div className="board-header__actions">
      <button type="button" className="button" onClick={onLock} data-testid="toggle-lock">
        {board.locked ? 'Unlock' : 'Lock'}
      </button>
      <Link
        to={scheduleHref(productionId, { view: 'day-out-of-days', boardId: board.id })}
        className="button"
        data-testid="open-dood"
      >
        Day out of days
      </Link>
      <button
        type="button"
        className="button button--primary"
        onClick={onOptimize}
        data-testid="optimize"
      >
        Optimize…
      </button>
    </div>
  </div>
);

const BoardStats = ({
  board,
  layout,
}: {
  readonly board: BoardDto;
  readonly layout: BoardLayout;
}) => {
  const scheduled = layout.days.reduce((total, day) => total + day.eighths, 0);
  const over = layout.days.filter((day) => day.overLimit).length;
  return (
    <dl className="stat-row board-stats">
      <div className="stat">
        <dt>Shoot days</dt>
        <dd data-testid="stat-shoot-days">{layout.days.length}</dd>
      </div>
      <div className="stat">
        <dt>Scheduled</dt>
        <dd data-testid="stat-scheduled">{pagesText(formatEighths(scheduled))}</dd>
      </div>
      <div className={layout.unscheduledScenes > 0 ? 'stat stat--amber' : 'stat'}>
        <dt>Unscheduled</dt>
        <dd data-testid="stat-unscheduled">
          {layout.unscheduledScenes} {layout.unscheduledScenes === 1 ? 'scene' : 'scenes'}
        </dd>
      </div>
      <div className={over > 0 ? 'stat stat--attention' : 'stat'}>
        <dt>Days over {formatEighths(board.maxEighthsPerDay)} pages</dt>
        <dd data-testid="stat-over-limit">
          {over} {over === 1 ? 'day' : 'days'}
        </dd>
      </div>
      <div className="stat">
        <dt>Hold days</dt>
        <dd data-testid="stat-hold-days">{board.explanation.holdDays}</dd>
      </div>
      <div className="stat stat--green">
        <dt>Cast cost</dt>
        <dd data-testid="stat-cast-cost">
          {formatAmount(board.explanation.castCost, board.currency)}
        </dd>
      </div>
    </dl>
  );
};
