// The stripboard, the way a unit production manager works it: make a what-if board from the script, drag a
// scene into another day and watch the day totals follow, let the optimizer propose a cheaper order and
// accept it, then read the day out of days.
import { expect, test, type Page } from '@playwright/test';
import { runLabel } from './support/run-label';
import { demoUser, loadDemo } from './support/demo';

const signIn = async (page: Page, role: string): Promise<void> => {
  const user = demoUser(role);
  await page.goto('/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
};

test('a UPM drags a strip to another day, accepts the optimizer’s order and reads the day out of days', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'unit-production-manager');
  const { productionId } = loadDemo();

  // A what-if board of the test's own, from the script in script order, so the demo's boards stay as seeded.
  await page.goto(`/productions/${productionId}`);
  await page.getByTestId('tab-schedule').click();
  await page.getByTestId('new-board').click();
  const name = `What-if ${runLabel()}`;
  await page.getByLabel('Board name').fill(name);
  await page.getByLabel('Kind').selectOption('what-if');
  await page.getByLabel('Start from').selectOption({ label: 'Script order, packed into days' });
  await page.getByTestId('create-board').click();
  await expect(page.getByTestId('board-name')).toHaveText(name);
  await expect(page.getByTestId('board-kind')).toHaveText('What-if');
  await expect(page.getByTestId('action-outcome')).toHaveText(`Created ${name}`);

  // Strips in their colours, black day breaks with each day's date and length.
  const board = page.getByTestId('stripboard');
  const scenes = board.getByTestId('strip-scene');
  await expect(scenes.first()).toHaveAttribute('data-day-number', '1');
  const breaks = board.getByTestId('day-break-label');
  await expect(breaks.first()).toContainText(/^End of day 1 — \w{3} \d{1,2} \w{3} — .+ pages?$/);
  const dayOneBefore = await breaks.first().innerText();
  const version = await page.getByTestId('save-state').innerText();

  // Drag the first scene onto the top edge of day 2's break: it becomes the last strip of day 2.
  const first = scenes.first();
  const number = await first.getAttribute('data-scene-number');
  const moved = board.locator(`[data-testid="strip-scene"][data-scene-number="${number}"]`);
  const dayTwoBreak = board.locator('[data-testid="strip-day-break"][data-day-number="2"]');
  // Both ends of the drag on screen first: Chromium does not scroll the page during a native drag.
  await dayTwoBreak.scrollIntoViewIfNeeded();
  await first.dragTo(dayTwoBreak, { targetPosition: { x: 60, y: 2 } });
  await expect(moved).toHaveAttribute('data-day-number', '2');
  await expect(breaks.first()).not.toHaveText(dayOneBefore);
  const outcome = page.getByTestId('action-outcome');
  await expect(outcome).toHaveText(`Moved scene ${number} to day 2`);
  await expect(outcome).toHaveAttribute('data-outcome', 'allowed');
  // Saved: the board came back with a new version and the scene where it was dropped.
  await expect(page.getByTestId('save-state')).not.toHaveText(version);
  await expect(page.getByTestId('save-state')).not.toHaveText('Saving…');
  await page.reload();
  await expect(moved).toHaveAttribute('data-day-number', '2');

  // The optimizer: a short search, then the proposal against the board as it is.
  await page.getByTestId('optimize').click();
  const dialog = page.getByRole('dialog', { name: `Optimize ${name}` });
  await dialog.getByLabel('Time limit (seconds)').fill('1');
  await dialog.getByTestId('run-optimizer').click();
  await expect(dialog.getByTestId('optimize-comparison')).toBeVisible({ timeout: 20_000 });
  await expect(dialog.getByTestId('cost-before')).toContainText('$');
  await expect(dialog.getByTestId('cost-after')).toContainText('$');
  await expect(dialog.getByTestId('comparison-row').first()).toBeVisible();
  const after = await dialog.getByTestId('cost-after').innerText();
  await dialog.getByTestId('accept-proposal').click();
  await expect(dialog).toHaveCount(0);
  await expect(outcome).toContainText('optimizer’s order');
  await expect(outcome).toHaveAttribute('data-outcome', 'allowed');
  await expect(page.getByTestId('save-state')).toHaveText(/^Version \d+$/);
  await expect(page.getByTestId('stat-cast-cost')).toHaveText(after);

  // The day out of days of the board: a start and a finish for the cast.
  await page.getByTestId('open-dood').click();
  await expect(page.getByTestId('dood-grid')).toBeVisible();
  await expect(page.getByTestId('dood-row').first()).toBeVisible();
  const starts = page.locator('[data-testid="dood-cell"][data-code="SW"]');
  const finishes = page.locator('[data-testid="dood-cell"][data-code="WF"]');
  await expect(starts.first()).toHaveText('SW');
  await expect(finishes.first()).toHaveText('WF');
  await expect(page.getByTestId('dood-pdf')).toHaveAttribute('href', /day-out-of-days\.pdf$/);
});
