import { useRef, type KeyboardEvent } from 'react';
import { navigate, useLocation } from '../../router/router';
import { Field } from '../../ui/field';
import { useShellData } from '../shell/shell-data';
import { ApprovalList, NoApprovals } from './approval-list';
import { APPROVAL_STATUS_OPTIONS, isApprovalStatus } from './approval-status-options';

const TABS = [
  { id: 'awaiting-me', label: 'Awaiting me', empty: 'No approvals waiting on you' },
  { id: 'mine', label: 'My requests', empty: 'You have not asked for anything yet' },
  { id: 'all', label: 'All', empty: 'No approval requests on your productions' },
] as const;
type TabId = (typeof TABS)[number]['id'];

const isTab = (value: string | null): value is TabId => TABS.some((t) => t.id === value);

/** Every request across the user's productions: what waits on them, what they asked for, everything. */
export const ApprovalsInboxPage = () => {
  const { search } = useLocation();
  const { awaitingCount } = useShellData();
  const tabParam = search.get('tab');
  const tab: TabId = isTab(tabParam) ? tabParam : 'awaiting-me';
  const statusParam = search.get('status');
  const status =
    tab === 'awaiting-me' ? 'pending' : isApprovalStatus(statusParam) ? statusParam : undefined;
  const tabRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = TABS.find((t) => t.id === tab) ?? TABS[0];

  const go = (next: TabId, nextStatus?: string) => {
    const params = new URLSearchParams({ tab: next });
    if (nextStatus) params.set('status', nextStatus);
    navigate(`/approvals?${params.toString()}`, { replace: true });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = TABS.findIndex((t) => t.id === tab);
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const nextIndex = (index + delta + TABS.length) % TABS.length;
    const next = TABS[nextIndex];
    if (!next) return;
    go(next.id);
    tabRefs.current[nextIndex]?.focus();
  };

  return (
    <>
      <header className="page-header">
        <div>
          <p className="page-header__eyebrow">Across your productions</p>
          <h1>Approvals</h1>
        </div>
      </header>
      <div className="inbox-controls">
        <div className="segmented" role="tablist" aria-label="Which requests" onKeyDown={onKeyDown}>
          {TABS.map((t, i) => (
            <button
              key={t.id}
              ref={(el) => {
                tabRefs.current[i] = el;
              }}
              type="button"
              role="tab"
              id={`inbox-tab-${t.id}`}
              aria-selected={t.id === tab}
              aria-controls="inbox-panel"
              tabIndex={t.id === tab ? 0 : -1}
              className="segmented__option"
              onClick={() => go(t.id)}
            >
              {t.label}
              {t.id === 'awaiting-me' && awaitingCount ? (
                <span className="count-badge count-badge--small">{awaitingCount}</span>
              ) : null}
            </button>
          ))}
        </div>
        {tab !== 'awaiting-me' ? (
          <Field label="Status" className="field--inline">
            {(id) => (
              <select id={id} value={status ?? ''} onChange={(e) => go(tab, e.target.value)}>
                {APPROVAL_STATUS_OPTIONS.map((s) => (
                  <option key={s.value} value={s.value}>
                    {s.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
      </div>
      <div id="inbox-panel" role="tabpanel" aria-labelledby={`inbox-tab-${tab}`}>
        <ApprovalList
          key={`${tab}:${status ?? ''}`}
          queryKey={`approvals:${tab}:${status ?? ''}`}
          load={(client) =>
            client.call('approvals', { query: { scope: tab, ...(status ? { status } : {}) } })
          }
          showProduction
          empty={
            <NoApprovals title={current.empty}>
              {tab === 'awaiting-me' ? (
                <p>When someone asks for something only you can decide, it will appear here.</p>
              ) : null}
            </NoApprovals>
          }
        />
      </div>
    </>
  );
};
