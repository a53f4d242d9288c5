// The Reports tab, the way an executive producer reads it on a Friday: the headline, the two charts (spend
// against budget by week, variance by section), the largest variances, the cash and the shoot, another
// week picked from the date field, and the PDF to send to the financiers.
import { readFileSync } from 'node:fs';
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

test('an executive producer reads the weekly progress report and downloads it as a PDF', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'executive-producer');
  const { productionId } = loadDemo();
  await page.goto(`/productions/${productionId}`);
  await page.getByTestId('tab-reports').click();

  await expect(page.getByTestId('progress-headline')).toHaveText(
    /^Estimated final cost \$[\d,]+\.\d\d/,
  );

  // Spend against budget: the lines are drawn, with the budget's level line and a point per week.
  const spend = page.getByTestId('spend-chart');
  await expect(spend.locator('svg[role="img"]')).toBeVisible();
  await expect(page.getByTestId('spend-chart-actuals')).toHaveAttribute('d', /^M[\d.]+,[\d.]+/);
  // A level line has no height, so it is checked by where it is drawn, not by visibility.
  await expect(page.getByTestId('spend-chart-budget')).toHaveAttribute('y1', /^\d+(\.\d+)?$/);

  // Variance by section: one bar per section and item, each with its amount.
  const bars = page.getByTestId('section-variance-bar');
  await expect(bars).not.toHaveCount(0);
  await expect(bars.first()).toContainText('Above the line');
  await expect(page.getByTestId('schedule-status')).toContainText('Not shooting yet');
  await expect(page.getByTestId('cash-position')).toContainText('Closed financing');

  // A week into the shoot: the schedule follows the date.
  await page.getByTestId('progress-as-of').fill('2027-01-20');
  await expect(page.getByTestId('schedule-status')).toContainText('Shooting');
  await expect(page).toHaveURL(/\/reports\?asOf=2027-01-20$/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-progress-report-pdf').click(),
  ]);
  expect(download.suggestedFilename()).toBe('progress-report.pdf');
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
