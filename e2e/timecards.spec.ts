// Timecards, the way a week goes through the office: the 1st AC enters a long day with a late lunch and
// sees the overtime and the meal penalty worked out, each with its rule; signs; the DP, the production
// manager and the production accountant approve in turn; payroll downloads the week with the AC's lines.
import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { demoUser, loadDemo } from './support/demo';

// The second shoot week (the demo's own cards are in the first).
const WEEK = '2027-01-17';
const TUESDAY = '2027-01-19';

const signedIn = async (browser: Browser, role: string): Promise<Page> => {
  const page = await (await browser.newContext()).newPage();
  const user = demoUser(role);
  await page.goto('/');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  return page;
};

const weekPage = (path = '') =>
  `/productions/${loadDemo().productionId}/timecards?week=${WEEK}${path}`;

/** Opens the AC's card from "Waiting for your signature" and signs the step it waits on. */
const approve = async (browser: Browser, role: string, button: string): Promise<void> => {
  const page = await signedIn(browser, role);
  await page.goto(weekPage());
  const waiting = page.getByTestId('waiting-for-me');
  await expect(waiting.locator('[data-person="Casey Moreau"]')).toBeVisible();
  await waiting.locator('[data-person="Casey Moreau"]').getByTestId('open-card').click();
  await expect(page.getByTestId('timecard-deal')).toContainText('Casey Moreau');
  await page.getByRole('button', { name: button }).click();
  await expect(page.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  await page.context().close();
};

test('a crew member’s week goes from entry through the approval chain to payroll', async ({
  browser,
}) => {
  test.setTimeout(120_000);

  // The 1st AC enters Tuesday: call 07:00, lunch at 14:00 (seven hours in), wrap 21:00.
  const casey = await signedIn(browser, 'crew');
  await casey.goto(weekPage());
  await expect(casey.getByTestId('week-label')).toHaveText('Week of 17 Jan 2027');
  const tuesday = casey.locator(`[data-testid="timecard-day"][data-date="${TUESDAY}"]`);
  await tuesday.getByTestId('day-kind').selectOption('work');
  await tuesday.getByTestId('day-call').fill('07:00');
  await tuesday.getByTestId('day-meal1Out').fill('14:00');
  await tuesday.getByTestId('day-meal1In').fill('14:30');
  await tuesday.getByTestId('day-wrap').fill('21:00');
  await casey.getByTestId('save-timecard').click();
  await expect(casey.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');

  // Worked out by the agreement: overtime past ten hours and a meal penalty, each naming its rule.
  const overtime = casey.locator('[data-testid="pay-line"][data-kind="overtime"]');
  const penalty = casey.locator('[data-testid="pay-line"][data-kind="meal-penalty"]');
  await expect(overtime).toContainText('Overtime 1.5×');
  await expect(overtime).toContainText('1.5× from 10 to 14 hours');
  // Lunch an hour late, and no second meal by a wrap six and a half hours after it: two penalties.
  await expect(penalty).toHaveCount(2);
  await expect(penalty.first()).toContainText('Meal penalty');
  await expect(penalty.first()).toContainText('Meal 1 started 1 h late');
  await expect(penalty.nth(1)).toContainText('Meal 2 not taken by wrap');
  await expect(tuesday.getByTestId('day-hours')).toHaveText('13.5 h');

  // Signed: the card goes to the department head.
  await casey.getByTestId('sign-timecard').click();
  await expect(casey.getByTestId('timecard').getByTestId('timecard-status')).toHaveAttribute(
    'data-status',
    'in-approval',
  );
  await expect(casey.locator('[data-step="crew-member"]')).toHaveAttribute('data-signed', 'true');
  await casey.context().close();

  await approve(browser, 'department-head', 'Approve as department head');
  await approve(browser, 'production-manager', 'Approve for the production');
  await approve(browser, 'production-accountant', 'Approve for payroll');

  // Approved, and payroll downloads the week with the AC's lines.
  const arthur = await signedIn(browser, 'production-accountant');
  await arthur.goto(weekPage());
  const row = arthur.getByTestId('week-cards').locator('[data-person="Casey Moreau"]');
  await expect(row).toHaveAttribute('data-status', 'approved');
  const [download] = await Promise.all([
    arthur.waitForEvent('download'),
    arthur.getByTestId('payroll-csv').click(),
  ]);
  const file = await download.path();
  const csv = readFileSync(file, 'utf8');
  const lines = csv.split(/\r?\n/).filter((line) => line.includes('Casey Moreau'));
  expect(lines.some((line) => line.includes(TUESDAY) && line.includes('Overtime'))).toBe(true);
  expect(lines.some((line) => line.includes(TUESDAY) && line.includes('Meal penalty'))).toBe(true);
  await arthur.context().close();
});
