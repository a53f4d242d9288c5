// The daily production report, the way a production office files it: the line producer fills in day 2's
// report after wrap (day 1's is already signed), watching the script totals and the schedule standing move
// as scenes are marked shot, saves it and submits it; the UPM signs it, after which it is read-only, and
// the signed PDF downloads.
import { readFile } from 'node:fs/promises';
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

test('the line producer fills in and submits a day’s report, the UPM signs it, the PDF downloads', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { productionId } = loadDemo();
  await signIn(page, 'line-producer');
  await page.goto(`/productions/${productionId}/production-reports`);

  // The days: day 1 was signed by the UPM in the demo; day 2 is not started.
  const dayOne = page.locator('[data-testid="production-report-day-row"]').nth(0);
  const dayTwo = page.locator('[data-testid="production-report-day-row"]').nth(1);
  await expect(dayOne).toHaveAttribute('data-status', 'signed');
  await expect(dayTwo).toHaveAttribute('data-status', 'none');
  await dayTwo.getByRole('link', { name: 'Day 2' }).click();

  // The form starts from the call sheet: every planned scene not shot, so the unit is behind.
  await expect(page.getByTestId('production-report-title')).toContainText(/Day 2 of \d+/);
  await expect(page.getByTestId('save-state')).toContainText('not saved yet');
  const standing = page.getByTestId('report-standing');
  await expect(standing).toHaveAttribute('data-verdict', 'behind');
  const rows = page.getByTestId('report-scene-row');
  const scenes = await rows.count();
  expect(scenes).toBeGreaterThan(0);

  // Every scene completed: today's pages reach the plan and the totals follow, before anything is saved.
  const toDate = page.locator('[data-testid="report-totals-row"][data-line="Shot to date"]');
  const before = await toDate.innerText();
  for (let i = 0; i < scenes; i += 1) {
    const number = (await rows.nth(i).getAttribute('data-scene')) ?? '';
    await page.getByLabel(`Scene ${number} status`).selectOption('completed');
    await page.getByLabel(`Scene ${number} setups`).fill('4');
    await page.getByLabel(`Scene ${number} minutes`).fill('1:10');
  }
  await page.getByLabel('First shot').fill('08:05');
  await page.getByLabel('1st meal out', { exact: true }).fill('13:00');
  await page.getByLabel('1st meal in', { exact: true }).fill('13:30');
  await page.getByLabel('Camera wrap').fill('23:40');
  await page.getByLabel('Company wrap').fill('24:30');
  await page.getByRole('button', { name: 'Add a delay' }).click();
  await page.getByLabel('Delay 1 minutes').fill('20');
  await page.getByLabel('Delay 1 reason').fill('Fog on the breakwater');
  await expect(page.getByTestId('report-today')).toContainText(
    `${scenes} of ${scenes} scenes completed`,
  );
  await expect(toDate).not.toHaveText(before);
  await expect(page.getByTestId('report-problem')).toHaveCount(0);

  // Saved, then submitted for signature.
  await page.getByTestId('save-production-report').click();
  await expect(page.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  await expect(page.getByTestId('save-state')).toContainText('Saved by');
  await expect(page.getByTestId('production-report-status')).toHaveAttribute(
    'data-status',
    'draft',
  );
  await page.getByTestId('submit-production-report').click();
  await expect(page.getByTestId('production-report-status')).toHaveAttribute(
    'data-status',
    'submitted',
  );
  const url = page.url();

  // The UPM signs it: it becomes the record of the day, read-only.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'unit-production-manager');
  await page.goto(url);
  await expect(page.getByTestId('sign-production-report')).toHaveText('Sign');
  await page.getByTestId('sign-production-report').click();
  await expect(page.getByTestId('production-report-status')).toHaveAttribute(
    'data-status',
    'signed',
  );
  await expect(page.getByTestId('save-state')).toHaveText('Signed — read-only');
  await expect(page.getByTestId('save-production-report')).toHaveCount(0);
  await expect(page.getByLabel('First shot')).toBeDisabled();
  await expect(page.getByTestId('sign-state')).toContainText('Signed by Ursula Grant');
  await expect(page.getByTestId('correct-production-report')).toBeVisible();

  // The signed PDF.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('production-report-pdf').click(),
  ]);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
