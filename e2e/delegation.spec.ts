// A producer going away lends expenditure sign-off to the co-producer for a week under a cap, sees the
// delegation live, then ends it early.
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

/** Today as YYYY-MM-DD in an IANA zone, worked out here independently of the app. */
const todayIn = (timeZone: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/** A calendar date moved by whole days (UTC noon, so no daylight-saving edge). */
const addDays = (date: string, days: number): string => {
  const at = new Date(`${date}T12:00:00.000Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
};

test('the producer delegates expenditure sign-off to the co-producer for a week, then revokes it', async ({
  page,
}) => {
  const { productionId } = loadDemo();
  await signIn(page, 'producer');

  // The statuses are computed in the production's zone: read it the way the app does.
  const response = await page.request.get(`/api/v1/productions/${productionId}`);
  expect(response.ok()).toBe(true);
  const { timeZone } = (await response.json()) as { timeZone: string };
  const today = todayIn(timeZone);
  const inAWeek = addDays(today, 7);

  await page.goto(`/productions/${productionId}/delegations`);
  await expect(page.getByTestId('tab-delegations')).toHaveAttribute('aria-current', 'page');
  const form = page.getByRole('form', { name: 'Delegate your authority' });
  await form.getByLabel('To', { exact: true }).selectOption({ label: 'Chloe Marsh — Co-producer' });
  await form.getByRole('checkbox', { name: 'Commit an expenditure', exact: true }).check();
  // The first day offered is today in the production's zone.
  await expect(form.getByLabel('From', { exact: true })).toHaveValue(today);
  await form.getByLabel('From', { exact: true }).fill(today);
  await form.getByLabel('Until', { exact: true }).fill(inAWeek);
  await form.getByLabel('Cap', { exact: true }).fill('5000');
  await form.getByRole('button', { name: 'Delegate', exact: true }).click();
  await expect(form.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  await expect(form.getByTestId('action-outcome')).toContainText('Chloe Marsh may act for you');

  const created = page
    .locator('[data-testid="delegation-row"][data-status="active"]')
    .filter({ hasText: 'Chloe Marsh' })
    .filter({ hasText: '$5,000.00' })
    .filter({ hasText: 'Commit an expenditure' });
  await expect(created).toHaveCount(1);
  const id = await created.getAttribute('data-delegation-id');
  expect(id).toBeTruthy();
  const row = page.locator(`[data-testid="delegation-row"][data-delegation-id="${id}"]`);
  await expect(row).toContainText('Paul Okafor');
  await expect(row).toContainText('Active');

  await row.getByRole('button', { name: 'Revoke' }).click();
  await expect(
    page.getByTestId('action-outcome').filter({ hasText: 'Revoked: Chloe Marsh' }),
  ).toBeVisible();
  await expect(row).toHaveAttribute('data-status', 'revoked');
  await expect(row).toContainText('Revoked');
  await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
});
