import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { ActionResultDto, ScriptOverviewDto } from '@greenlight/contract';
import {
  apiError,
  fakeFetch,
  renderWithApi,
  TEST_PRODUCTION,
  type FakeCall,
  type FakeReply,
} from '../../testing/fake-api';
import { EMPTY_SCRIPT, REVISED_SCRIPT, SCRIPT_IDS } from '../../testing/script-overview';
import { ScriptTab } from './script-tab';

const BASE = `/api/v1/productions/${TEST_PRODUCTION.id}`;
const ALLOWED: ActionResultDto = {
  outcome: 'allowed',
  rule: 'Line producer may edit',
  result: null,
};

/** A small server around one script overview; `write` answers the POSTs. */
const serve = (
  initial: ScriptOverviewDto,
  write: (call: FakeCall) => FakeReply = () => ({ status: 200, body: ALLOWED }),
) => {
  let overview = initial;
  const server = fakeFetch((call) => {
    if (call.method === 'GET' && call.path === `${BASE}/script`) {
      return { status: 200, body: overview };
    }
    if (call.method === 'GET' && call.path === `${BASE}/script/suggestions`) {
      return {
        status: 200,
        body: {
          draftId: overview.draft?.id ?? null,
          suggestions: [],
        },
      };
    }
    if (call.method !== 'GET') return write(call);
    return apiError(404, 'not-found', `unexpected ${call.method} ${call.path}`);
  });
  return { ...server, setOverview: (next: ScriptOverviewDto) => (overview = next) };
};

const goTo = (path: string) => window.history.replaceState(null, '', path);

beforeEach(() => goTo(`/productions/${TEST_PRODUCTION.id}/script`));
afterEach(cleanup);

describe('the Script tab without a script', () => {
  it('invites a drop, reads the file to base64 and imports it with the next revision colour', async () => {
    const server = serve(EMPTY_SCRIPT, (call) => {
      server.setOverview(REVISED_SCRIPT);
      return call.path === `${BASE}/script/drafts`
        ? { status: 201, body: ALLOWED }
        : apiError(404, 'not-found', 'no');
    });
    renderWithApi(<ScriptTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    await screen.findByText('Drop a script here (Fountain, Final Draft or PDF)');
    const file = new File(['INT. OFFICE - DAY\n\nRain.\n'], 'harbour.fountain');
    fireEvent.drop(screen.getByTestId('script-drop-zone'), { dataTransfer: { files: [file] } });
    expect(screen.getByTestId('chosen-file').textContent).toContain('harbour.fountain');
    fireEvent.click(screen.getByRole('button', { name: 'Import the script' }));
    await screen.findByTestId('import-summary');
    const post = server.calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({
      fileName: 'harbour.fountain',
      content: btoa('INT. OFFICE - DAY\n\nRain.\n'),
      revisionColour: 'white',
    });
    // The script is there now: its scenes in the navigator.
    expect(await screen.findAllByTestId('scene-item')).toHaveLength(2);
  });

  it('shows why a file could not be read, with the importer’s diagnostics', async () => {
    const server = serve(EMPTY_SCRIPT, () => ({
      status: 400,
      body: {
        error: {
          code: 'validation',
          message: 'The PDF has no text layer: it is a scan.',
          details: { diagnostics: [{ severity: 'error', message: 'no text on page 1', line: 1 }] },
        },
      },
    }));
    renderWithApi(<ScriptTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const input = await screen.findByLabelText('Script file');
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], 'scan.pdf')] } });
    fireEvent.click(screen.getByRole('button', { name: 'Import the script' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The PDF has no text layer');
    expect(alert.textContent).toContain('Line 1: no text on page 1');
  });
});

describe('the script view', () => {
  it('lists the scenes as strips and sets the selected scene like a screenplay, tags coloured', async () => {
    const server = serve(REVISED_SCRIPT);
    renderWithApi(<ScriptTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const items = await screen.findAllByTestId('scene-item');
    expect(items.map((i) => i.textContent)).toEqual([
      expect.stringContaining('HARBOUR OFFICE'),
      expect.stringContaining('QUAY'),
    ]);
    expect(items[0]?.textContent).toContain('1 3/8');
    expect(items[0]?.textContent).toContain('Changed');
    expect(items[1]?.textContent).toContain('New');
    expect(items[1]?.textContent).toContain('was 2');
    expect(items[0]?.querySelector('[data-strip]')?.getAttribute('data-strip')).toBe('night-int');
    expect(items[1]?.querySelector('[data-strip]')?.getAttribute('data-strip')).toBe('day-ext');
    expect(screen.getByTestId('review-count').textContent).toBe('1');

    const page = screen.getByTestId('script-page');
    expect(page.querySelector('.sp-heading')?.textContent).toBe('INT. HARBOUR OFFICE - NIGHT');
    expect(page.querySelector('.sp-transition')?.textContent).toBe('CUT TO:');
    const spans = within(page).getAllByTestId('tagged-span');
    expect(spans.map((s) => [s.textContent, s.dataset['categories']])).toEqual([
      ['MARGOT', 'cast'],
      ['heavy ', 'props'],
      ['ledger', 'wardrobe props'],
      [' in her long coat', 'wardrobe'],
    ]);
    // Wardrobe is circled, props highlighted.
    expect(spans[3]?.className).toContain('tag-span--circle');
    expect(spans[1]?.getAttribute('style')).toContain('background-color');
  });

  it('tags a selection: the popover offers the categories, Enter picks the filtered one', async () => {
    const server = serve(REVISED_SCRIPT);
    renderWithApi(<ScriptTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const page = await screen.findByTestId('script-page');
    const dialogue = page.querySelector('.sp-dialogue');
    const text = dialogue?.firstChild;
    if (!dialogue || !text) throw new Error('no dialogue');
    const range = document.createRange();
    range.setStart(text, 'Forty '.length);
    range.setEnd(text, 'Forty crates'.length);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    fireEvent.mouseUp(dialogue);

    const popover = await screen.findByRole('dialog', { name: 'Tag the selection' });
    expect(within(popover).getByLabelText('Element name')).toHaveProperty('value', 'crates');
    const filter = within(popover).getByLabelText('Category');
    fireEvent.change(filter, { target: { value: 'prop' } });
    fireEvent.keyDown(filter, { key: 'Enter' });
    await waitFor(() => expect(server.calls.some((c) => c.method === 'POST')).toBe(true));
    expect(server.calls.find((c) => c.method === 'POST')).toMatchObject({
      path: `${BASE}/breakdown/tags`,
      body: {
        draftId: SCRIPT_IDS.draft,
        tags: [
          {
            sceneId: SCRIPT_IDS.scene1,
            anchor: { elementIndex: 4, start: 6, end: 12 },
            category: 'props',
            name: 'crates',
          },
        ],
      },
    });
    expect((await screen.findByTestId('action-outcome')).textContent).toBe(
      'Tagged “crates” as Props',
    );
  });

  it('says who the change waits on when it goes for approval', async () => {
    const server = serve(REVISED_SCRIPT, () => ({
      status: 200,
      body: {
        outcome: 'approval-requested',
        rule: 'A department head asks the line producer',
        request: {
          id: '00000000-0000-4000-8000-00000000b001',
          productionId: TEST_PRODUCTION.id,
          productionTitle: TEST_PRODUCTION.title,
          currency: 'USD',
          action: 'breakdown.edit',
          actionLabel: 'Edit the breakdown',
          requestedBy: '00000000-0000-4000-8000-000000000002',
          requestedByName: 'Dana Reyes',
          amount: null,
          department: null,
          summary: 'Remove a tag',
          payload: null,
          status: 'pending',
          routedTo: [{ personId: '00000000-0000-4000-8000-000000000003', name: 'Ruth Adeyemi' }],
          level: 0,
          createdAt: '2026-11-30T10:00:00.000Z',
          decidedAt: null,
          decidedBy: null,
          decidedByName: null,
          decisionReason: null,
          canDecide: false,
          canWithdraw: true,
          canEscalate: false,
        },
      },
    }));
    renderWithApi(<ScriptTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const page = await screen.findByTestId('script-page');
    const [margot] = within(page).getAllByTestId('tagged-span');
    if (!margot) throw new Error('no tag');
    fireEvent.click(margot);
    const detail = await screen.findByRole('dialog', { name: 'Tagged element' });
    expect(detail.textContent).toContain('1. MARGOT');
    fireEvent.click(within(detail).getByRole('button', { name: 'Remove tag' }));
    const outcome = await screen.findByTestId('action-outcome');
    expect(outcome.dataset['outcome']).toBe('approval-requested');
    expect(outcome.textContent).toContain('Sent to Ruth Adeyemi for approval');
    expect(
      server.calls.some((c) => c.method === 'DELETE' && c.path.endsWith(SCRIPT_IDS.tagMargot)),
    ).toBe(true);
  });
});

describe('the revisions view', () => {
  it('lists the drafts, what the revision changed and the tags to review', async () => {
    goTo(`/productions/${TEST_PRODUCTION.id}/script/revisions`);
    const server = serve(REVISED_SCRIPT);
    renderWithApi(<ScriptTab />, { fetch: server.fetch, production: TEST_PRODUCTION });
    const rows = await screen.findAllByTestId('draft-row');
    expect(rows.map((r) => r.querySelector('.row-title')?.textContent)).toEqual([
      'Blue revision',
      'White draft',
    ]);
    expect(screen.getByTestId('changes-renumbered').textContent).toContain('2 → 2A');
    expect(screen.getByTestId('changes-omitted').textContent).toContain('EXT. CUSTOMS SHED');
    const review = screen.getByTestId('review-row');
    expect(review.textContent).toContain('Ledger');
    expect(review.textContent).toContain('the old ledger');
    fireEvent.click(within(review).getByRole('button', { name: 'Keep on sheet' }));
    await waitFor(() =>
      expect(server.calls.find((c) => c.method === 'POST')).toMatchObject({
        path: `${BASE}/breakdown/tags/${SCRIPT_IDS.tagLamp}/review`,
        body: { resolution: 'keep-on-sheet' },
      }),
    );
  });
});
