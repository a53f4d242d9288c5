// Call sheets, the way a production office sends them: the line producer opens tomorrow's draft (day 2),
// moves the general crew call earlier, saves and sees the preview follow, publishes it to the team and sees
// who it went to; then checks day 1, already out, for who has confirmed they have it.
import { expect, test, type Page } from '@playwright/test';
import { demoUser, loadDemo } from './support/demo';

const signIn = async (page: Page, role: string): Promise<void> => {
  const user = demoUser(role);
  await page.goto('/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
};

test('the line producer edits, saves and publishes a call sheet, and sees who confirmed', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { productionId } = loadDemo();
  await signIn(page, 'line-producer');
  await page.goto(`/productions/${productionId}/call-sheets`);

  // The days: day 1 is out with confirmations, day 2 a draft.
  const dayOne = page.locator('[data-testid="call-sheet-day-row"]').nth(0);
  const dayTwo = page.locator('[data-testid="call-sheet-day-row"]').nth(1);
  await expect(dayOne).toHaveAttribute('data-status', 'published');
  await expect(dayOne.getByTestId('day-confirmations')).toContainText('3 /');
  await expect(dayTwo).toHaveAttribute('data-status', 'draft');
  await dayTwo.getByRole('link', { name: 'Day 2' }).click();

  // The editor: a new crew call shows in the preview while typing, marked unsaved.
  await expect(page.getByTestId('call-sheet-title')).toHaveText(/^Day 2 of \d+$/);
  const preview = page.getByTestId('call-sheet-preview');
  await expect(preview).toHaveAttribute('data-unsaved', 'false');
  await page.getByLabel('General crew call').fill('06:30');
  await expect(page.getByTestId('preview-crew-call')).toHaveText('06:30');
  await expect(page.getByTestId('preview-unsaved')).toBeVisible();
  await expect(page.getByTestId('publish-call-sheet')).toBeDisabled();

  // Saved: the server rebuilds the sheet, which now says 06:30 without the unsaved mark.
  await page.getByTestId('save-call-sheet').click();
  await expect(page.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  await expect(preview).toHaveAttribute('data-unsaved', 'false');
  await expect(page.getByTestId('preview-crew-call')).toHaveText('06:30');
  await expect(page.getByTestId('save-state')).toContainText('Saved by');

  // Published: the first issue goes to the team, each recipient listed.
  await expect(page.getByTestId('publish-changes')).toContainText('The first issue');
  await page.getByTestId('publish-call-sheet').click();
  await expect(page.getByTestId('action-outcome')).toContainText(
    /Published revision 1 — sent \d+, failed 0/,
  );
  await expect(page.getByTestId('distribution-table')).toBeVisible();
  await expect(page.getByTestId('recipient-row').first()).toBeVisible();
  expect(await page.getByTestId('recipient-row').count()).toBeGreaterThan(1);
  await expect(page.getByTestId('publish-panel')).toContainText('Published revision 1');

  // A later change is listed before the revision goes out.
  await page.getByLabel('General crew call').fill('06:00');
  await page.getByTestId('save-call-sheet').click();
  await expect(page.getByTestId('save-state')).toContainText('Saved by');
  await expect(page.getByTestId('publish-changes')).toContainText('What will change');
  await expect(page.getByTestId('publish-change').first()).toContainText(/Crew call .*06:00/);
  await expect(page.getByTestId('publish-call-sheet')).toHaveText('Publish revision 2');

  // Back to the days: day 2 is out; day 1 shows who confirmed.
  await page.getByRole('link', { name: '← All shoot days' }).click();
  await expect(dayTwo).toHaveAttribute('data-status', 'published');
  await dayOne.getByRole('link', { name: 'Day 1' }).click();
  await expect(page.getByTestId('call-sheet-title')).toHaveText(/^Day 1 of \d+$/);
  const confirmed = page.locator('[data-testid="recipient-row"][data-status="confirmed"]');
  await expect(confirmed).toHaveCount(3);
  await expect(confirmed.first()).toContainText('Confirmed');
  await expect(page.getByTestId('confirmed-count')).toContainText('3 /');
});
