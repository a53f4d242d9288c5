// The script and its breakdown, the way a line producer works: drop the screenplay on a production, tag a
// prop in a scene, find it on the scene's breakdown sheet, then import a revision that rewrites the tagged
// words and settle the tag in the review list.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { runLabel } from './support/run-label';
import { demoUser } from './support/demo';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIRST_DRAFT = path.join(here, '../fixtures/screenplays/every-element.fountain');
/** The same script with “Cranes” rewritten in scene 2A, scene 3 cut and a scene 9A added. */
const REVISION = path.join(here, 'fixtures/every-element-revised.fountain');

const signIn = async (page: Page, role: string): Promise<void> => {
  const user = demoUser(role);
  await page.goto('/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
};

/**
 * A production of the test's own, so the demo's script stays as seeded: created through the API by the
 * signed-in user (who becomes its executive producer) with that same person hired as its line producer,
 * who imports drafts and edits the breakdown.
 */
const createProduction = async (page: Page, title: string): Promise<string> => {
  const me = await page.request.get('/api/v1/me');
  const { csrfToken, user } = (await me.json()) as {
    csrfToken: string;
    user: { personId: string };
  };
  const headers = { 'x-csrf-token': csrfToken };
  const created = await page.request.post('/api/v1/productions', {
    headers,
    data: { title, kind: 'feature-film', currency: 'USD', timeZone: 'UTC' },
  });
  expect(created.ok()).toBe(true);
  const { id } = (await created.json()) as { id: string };
  const hired = await page.request.post(`/api/v1/productions/${id}/team`, {
    headers,
    data: { personId: user.personId, role: 'line-producer' },
  });
  expect(hired.ok()).toBe(true);
  return id;
};

// The in-page halves below are strings: the e2e project is type-checked without the DOM library.

/** Drops a file on the drop zone as a desktop would: a drop event carrying it in a DataTransfer. */
const dropFile = async (page: Page, file: string): Promise<void> => {
  const name = path.basename(file);
  const transfer = await page.evaluateHandle(`(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([${JSON.stringify(readFileSync(file, 'utf8'))}], ${JSON.stringify(name)}));
    return transfer;
  })()`);
  const zone = page.getByTestId('script-drop-zone');
  await zone.dispatchEvent('dragover', { dataTransfer: transfer });
  await zone.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByTestId('chosen-file')).toContainText(name);
};

/** Double-clicks a word of the script, which selects it (and opens the tag popover). */
const selectWord = async (page: Page, word: string): Promise<void> => {
  const box = await page.evaluate<{ x: number; y: number } | null>(`(() => {
    const root = document.querySelector('[data-testid="script-page"]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(${JSON.stringify(word)});
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + ${word.length});
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  })()`);
  if (!box) throw new Error(`“${word}” is not in the script page`);
  await page.mouse.dblclick(box.x, box.y);
};

test('a line producer imports a script, tags a prop, sees it on the sheet and reviews it after a revision', async ({
  page,
}) => {
  await signIn(page, 'line-producer');
  const productionId = await createProduction(page, `The Harbour Ledger (${runLabel()})`);

  // No script yet: the tab invites the drop.
  await page.goto(`/productions/${productionId}`);
  await page.getByTestId('tab-script').click();
  await expect(page.getByText('Drop a script here (Fountain, Final Draft or PDF)')).toBeVisible();
  await dropFile(page, FIRST_DRAFT);
  await page.getByTestId('import-script').click();

  // The scenes, as strips with their eighths.
  const scenes = page.getByTestId('scene-item');
  await expect(scenes).toHaveCount(10);
  await expect(page.getByTestId('current-draft')).toContainText('White draft');
  await expect(scenes.first()).toContainText('HARBOUR OFFICE');
  await expect(scenes.first().locator('[data-strip]')).toHaveAttribute('data-strip', 'night-int');

  // Scene 2A: select “Cranes” in the action and tag it as a prop.
  await page.locator('[data-testid="scene-item"][data-scene-number="2A"]').click();
  await expect(page.getByTestId('script-page')).toContainText('EXT. QUAY - CONTINUOUS');
  await selectWord(page, 'Cranes');
  const popover = page.getByRole('dialog', { name: 'Tag the selection' });
  await expect(popover.getByLabel('Element name')).toHaveValue('Cranes');
  await popover.getByRole('option', { name: 'Props' }).click();
  await expect(page.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  const tagged = page.getByTestId('script-page').getByTestId('tagged-span');
  await expect(tagged).toHaveText('Cranes');
  await expect(tagged).toHaveAttribute('data-categories', 'props');
  // Coloured: the props violet as a highlighter, not the paper's white.
  await expect(tagged).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');

  // The scene's breakdown sheet has it under Props.
  await page.getByTestId('open-sheet').click();
  const sheet = page.getByTestId('breakdown-sheet');
  await expect(sheet.getByTestId('sheet-scene-number')).toHaveText('2A');
  await expect(sheet.locator('[data-testid="sheet-box"][data-category="props"]')).toContainText(
    'Cranes',
  );

  // A revision rewrites the words: the tag waits for review.
  await page.getByTestId('import-revision').click();
  await expect(page.getByLabel('Revision colour')).toHaveValue('blue');
  await dropFile(page, REVISION);
  await page.getByTestId('import-script').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('blue revision');
  await expect(summary.getByTestId('import-counts')).toContainText('1 scene added');
  await expect(summary.getByTestId('import-counts')).toContainText('1 omitted');
  await expect(page.getByTestId('review-count')).toHaveText('1');
  await summary.getByTestId('import-review').click();

  const row = page.getByTestId('review-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-reason', 'text-not-found');
  await expect(row).toContainText('Cranes');
  await expect(row).toContainText('2A');
  await expect(page.getByTestId('changes-omitted')).toContainText('EST. PORT TOWN');
  await expect(page.getByTestId('draft-row')).toHaveCount(2);

  // Keep it on the sheet: the review list is empty again.
  await row.getByRole('button', { name: 'Keep on sheet' }).click();
  await expect(page.getByTestId('review-empty')).toBeVisible();
  await expect(page.getByTestId('review-count')).toHaveCount(0);
});
