import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  TEST_USER,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { CostTab } from './cost-tab';
import { COST_REPORT, PEOPLE, purchaseOrder, TEAM } from './cost-test-data';

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const goTo = (path: string) =>
  window.history.replaceState(null, '', `/productions/${TEST_PRODUCTION.id}/cost${path}`);

type Handler = (call: FakeCall) => FakeReply | undefined;

/** The cost routes every view reads, with `allow` deciding the dry-run decisions; `handle` answers first. */
const serve = (handle: Handler = () => undefined, allow = true) =>
  fakeFetch((call) => {
    const answer = handle(call);
    if (answer !== undefined) return answer;
    const path = call.path.split('?')[0];
    if (path === `${BASE}/decisions`) {
      const action = (call.body as { action: string }).action;
      return {
        status: 200,
        body: allow
          ? { outcome: 'allow', action, rule: 'yes' }
          : { outcome: 'deny', action, code: 'no-rule', reason: 'no' },
      };
    }
    if (path === `${BASE}/cost-report`) return { status: 200, body: COST_REPORT };
    if (path === `${BASE}/cost-reports`) return { status: 200, body: { reports: [] } };
    if (path === `${BASE}/overage-requests`) return { status: 200, body: { overages: [] } };
    if (path === `${BASE}/team`) return { status: 200, body: TEAM };
    if (path === `${BASE}/vendors`) return { status: 200, body: { vendors: [] } };
    if (path === `${BASE}/spending-documents`) return { status: 200, body: { documents: [] } };
    return apiError(404, 'not-found', `unexpected ${call.method} ${call.path}`);
  });

afterEach(cleanup);

describe('the cost report', () => {
  it('opens a section to its accounts and an account to the documents behind it', async () => {
    goTo('');
    const po = purchaseOrder(PEOPLE.priya);
    const server = serve((call) =>
      call.path.startsWith(`${BASE}/cost-report/accounts/3300/postings`)
        ? {
            status: 200,
            body: {
              accountNumber: '3300',
              asOf: '2026-03-02',
              postings: [
                {
                  kind: 'commitment',
                  documentId: po.id,
                  documentKind: 'purchase-order',
                  number: 'PO 0003',
                  date: '2026-03-01',
                  status: 'committed',
                  lineId: 'line-1',
                  description: 'Dolly',
                  amount: 567_000,
                },
              ],
            },
          }
        : undefined,
    );
    renderWithApi(<CostTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const sections = await screen.findAllByTestId('cost-section-row');
    expect(sections.map((s) => s.dataset['section'])).toEqual(['above-the-line', 'below-the-line']);
    expect(screen.queryAllByTestId('cost-account-row')).toHaveLength(0);
    expect(screen.getByTestId('stat-variance').textContent).toBe('$8,000.00 over');
    // The uncovered overage is said at the top, not only in the panel.
    expect(screen.getByTestId('uncovered-overages').textContent).toContain(
      '3600 Locations ($8,000.00)',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Open Below the line' }));
    const rows = screen.getAllByTestId('cost-account-row');
    expect(rows.map((r) => r.dataset['account'])).toEqual(['3300', '3600']);
    const locations = rows[1] as HTMLElement;
    expect(locations.dataset['overBudget']).toBe('true');
    expect(within(locations).getByText('8,000.00').className).toContain('cost-variance--over');

    fireEvent.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Camera' }));
    const postings = await screen.findByTestId('account-postings');
    expect(postings.dataset['account']).toBe('3300');
    const link = within(postings).getByRole('link', { name: 'PO 0003' });
    expect(link.getAttribute('href')).toBe(
      `/productions/${TEST_PRODUCTION.id}/cost/documents/${po.id}`,
    );
    expect(within(postings).getByTestId('postings-commitments').textContent).toBe('$5,670.00');
    expect(window.location.search).toContain('account=3300');
  });

  it('offers issuing and estimates only to those the matrix allows', async () => {
    goTo('');
    renderWithApi(<CostTab />, {
      fetch: serve(undefined, false).fetch,
      production: TEST_PRODUCTION,
    });
    await screen.findAllByTestId('cost-section-row');
    expect(screen.queryByTestId('issue-cost-report')).toBeNull();
    expect(screen.queryByTestId('edit-estimates')).toBeNull();
    expect(screen.getByTestId('download-cost-report.pdf').getAttribute('href')).toContain(
      '/cost-report.pdf?asOf=',
    );
  });

  it('saves the estimates that changed', async () => {
    goTo('');
    const server = serve((call) =>
      call.method === 'PUT'
        ? { status: 200, body: { outcome: 'allowed', rule: 'The accountant may', result: {} } }
        : undefined,
    );
    renderWithApi(<CostTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.click(await screen.findByTestId('edit-estimates'));
    fireEvent.change(screen.getByLabelText('Estimate to complete for 3300 Camera'), {
      target: { value: '2,000' },
    });
    fireEvent.click(screen.getByTestId('save-estimates'));
    const outcome = await screen.findByTestId('action-outcome');
    expect(outcome.textContent).toBe('Estimates to complete saved on 1 account');
    expect(server.calls.find((c) => c.method === 'PUT')?.body).toEqual({
      estimates: [{ target: 'account', key: '3300', amount: 200_000 }],
    });
  });
});

describe('the approvals inbox', () => {
  it('signs in place and says the document climbed, to whom; one’s own documents say why not', async () => {
    goTo('/inbox');
    const theirs = purchaseOrder(PEOPLE.priya);
    const mine = purchaseOrder(TEST_USER.personId, {
      id: '00000000-0000-4000-8000-0000000000d2',
      number: 'CR 0009',
      kind: 'check-request',
    });
    let signed = false;
    const server = serve((call) => {
      if (call.path === `${BASE}/spending-inbox`) {
        return {
          status: 200,
          body: {
            documents: signed ? [] : [{ ...theirs, routedToViewer: true, viewerCovers: false }],
          },
        };
      }
      if (call.path.startsWith(`${BASE}/spending-documents?status=submitted`)) {
        return { status: 200, body: { documents: [mine] } };
      }
      if (call.path === `${BASE}/spending-documents/${theirs.id}/approve`) {
        signed = true;
        return {
          status: 200,
          body: { outcome: 'escalated', document: { ...theirs, version: 4 } },
        };
      }
      return undefined;
    });
    renderWithApi(<CostTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const card = await screen.findByRole('article', { name: 'PO 0003' });
    expect(within(card).getByText('Above your limit: your signature sends it higher')).toBeTruthy();
    expect((await screen.findByTestId('my-submitted-row')).textContent).toContain(
      'you entered it, so you cannot approve it',
    );

    fireEvent.click(within(card).getByTestId('inbox-approve'));
    const outcome = await screen.findByTestId('signed-outcome');
    expect(outcome.dataset['outcome']).toBe('escalated');
    expect(outcome.textContent).toBe(
      'Signed. PO 0003 is above your signing limit, so it now goes to Ursula Grant.',
    );
    expect(server.calls.find((c) => c.path.endsWith('/approve'))?.body).toEqual({ version: 3 });
    await waitFor(() => expect(screen.queryByRole('article', { name: 'PO 0003' })).toBeNull());
  });
});

describe('a document', () => {
  it('never offers its requester the approval, and says why', async () => {
    const po = purchaseOrder(TEST_USER.personId);
    goTo(`/documents/${po.id}`);
    const server = serve((call) =>
      call.path === `${BASE}/spending-documents/${po.id}` ? { status: 200, body: po } : undefined,
    );
    renderWithApi(<CostTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByTestId('spending-document');
    expect(screen.queryByTestId('move-approve')).toBeNull();
    expect(screen.queryByTestId('move-return')).toBeNull();
    expect(screen.getByTestId('move-withdraw')).toBeTruthy();
    expect(screen.getByTestId('self-approval-note').textContent).toContain('you cannot approve it');
    await waitFor(() =>
      expect(screen.getByTestId('waits-on').textContent).toContain('Ursula Grant'),
    );
  });

  it('offers someone else approving and declining (with a note)', async () => {
    const po = purchaseOrder(PEOPLE.priya);
    goTo(`/documents/${po.id}`);
    const server = serve((call) => {
      if (call.path === `${BASE}/spending-documents/${po.id}`) return { status: 200, body: po };
      if (call.path.endsWith('/return')) {
        return { status: 200, body: { outcome: 'allowed', rule: 'may', result: {} } };
      }
      return undefined;
    });
    renderWithApi(<CostTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    expect(await screen.findByTestId('move-approve')).toBeTruthy();
    fireEvent.click(screen.getByTestId('move-return'));
    fireEvent.change(screen.getByLabelText('Note for the requester (optional)'), {
      target: { value: 'Split the track onto grip' },
    });
    fireEvent.click(screen.getByTestId('confirm-move'));
    expect((await screen.findByTestId('action-outcome')).textContent).toBe(
      'PO 0003 declined: back to the requester as a draft',
    );
    expect(server.calls.find((c) => c.path.endsWith('/return'))?.body).toEqual({
      version: 3,
      note: 'Split the track onto grip',
    });
  });
});

describe('entering a document', () => {
  it('points at each field, first its own checks and then the server’s problems', async () => {
    goTo('/documents/new');
    const server = serve((call) => {
      if (call.path === `${BASE}/vendors`) {
        return {
          status: 200,
          body: {
            vendors: [
              {
                id: '00000000-0000-4000-8000-0000000000e1',
                name: 'Crane Works',
                kind: 'rental-house',
                taxId: null,
                contact: '',
                currency: 'USD',
              },
            ],
          },
        };
      }
      if (call.method === 'POST' && call.path === `${BASE}/spending-documents`) {
        return {
          status: 400,
          body: {
            error: {
              code: 'validation',
              message:
                'Line 1 of purchase order PO 9 is coded to account 3300, which is not in the budget',
              details: {
                problems: [
                  'Line 1 of purchase order PO 9 is coded to account 3300, which is not in the budget',
                ],
              },
            },
          },
        };
      }
      return undefined;
    });
    renderWithApi(<CostTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByRole('option', { name: '3300 Camera' });
    fireEvent.click(screen.getByTestId('save-draft'));
    expect(screen.getByText('Give the document its number')).toBeTruthy();
    expect(screen.getByText('Choose an account')).toBeTruthy();
    expect(
      server.calls.filter((c) => c.method === 'POST' && !c.path.endsWith('/decisions')),
    ).toEqual([]);

    fireEvent.change(screen.getByLabelText('Number'), { target: { value: 'PO 9' } });
    await screen.findByRole('option', { name: 'Crane Works' });
    fireEvent.change(screen.getByLabelText('Vendor'), {
      target: { value: '00000000-0000-4000-8000-0000000000e1' },
    });
    fireEvent.change(screen.getByLabelText('Account of line 1'), { target: { value: '3300' } });
    fireEvent.change(screen.getByLabelText('Amount of line 1'), { target: { value: '15,000' } });
    expect(screen.getByTestId('document-form-total').textContent).toBe('$15,000.00');
    fireEvent.click(screen.getByTestId('save-draft'));
    const lineError = await screen.findByTestId('line-error');
    expect(lineError.textContent).toContain('which is not in the budget');
    const sent = server.calls.find(
      (c) => c.method === 'POST' && c.path === `${BASE}/spending-documents`,
    );
    expect(sent?.body).toMatchObject({
      kind: 'purchase-order',
      number: 'PO 9',
      lines: [{ id: 'line-1', accountNumber: '3300', amount: 1_500_000 }],
    });
  });
});

describe('the vendors', () => {
  it('adds a vendor and lists it', async () => {
    goTo('/vendors');
    let added = false;
    const vendor = {
      id: '00000000-0000-4000-8000-0000000000e2',
      name: 'Harbour Grips',
      kind: 'rental-house',
      taxId: '95-1234567',
      contact: 'desk@harbourgrips.example',
      currency: 'USD',
      w9OnFile: true,
    };
    const server = serve((call) => {
      if (call.path === `${BASE}/vendors` && call.method === 'GET') {
        return { status: 200, body: { vendors: added ? [vendor] : [] } };
      }
      if (call.path === `${BASE}/vendors` && call.method === 'POST') {
        added = true;
        return {
          status: 201,
          body: { outcome: 'allowed', rule: 'may', result: { vendorId: vendor.id } },
        };
      }
      return undefined;
    });
    renderWithApi(<CostTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    fireEvent.click(await screen.findByTestId('add-vendor'));
    fireEvent.change(screen.getByLabelText('Vendor name'), {
      target: { value: ' Harbour Grips ' },
    });
    fireEvent.change(screen.getByLabelText('Kind of vendor'), {
      target: { value: 'rental-house' },
    });
    fireEvent.change(screen.getByLabelText('Tax or VAT number'), {
      target: { value: '95-1234567' },
    });
    fireEvent.change(screen.getByLabelText('Contact'), {
      target: { value: 'desk@harbourgrips.example' },
    });
    fireEvent.click(screen.getByLabelText('W-9 on file'));
    fireEvent.click(screen.getByTestId('save-vendor'));
    expect((await screen.findByTestId('action-outcome')).textContent).toBe('Added Harbour Grips');
    expect(
      server.calls.find((c) => c.method === 'POST' && c.path.endsWith('/vendors'))?.body,
    ).toEqual({
      name: 'Harbour Grips',
      kind: 'rental-house',
      taxId: '95-1234567',
      contact: 'desk@harbourgrips.example',
      currency: 'USD',
      w9OnFile: true,
      reportable1099: false,
    });
    const row = await screen.findByTestId('vendor-row');
    expect(row.textContent).toContain('Harbour Grips');
    expect(row.textContent).toContain('W-9');
  });
});
