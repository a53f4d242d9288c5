// The scheduling rules, the way a unit production manager sets them: a cast member's drop date on the
// "Calendar & rules" page, saved, then flagged on the shooting board where it breaks the schedule. The rule is
// cleared again at the end so the other specs keep the demo's schedule.
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

/** The day before a calendar date (UTC noon, so no daylight-saving edge). */
const dayBefore = (date: string): string => {
  const at = new Date(`${date}T12:00:00Z`);
  at.setUTCDate(at.getUTCDate() - 1);
  return at.toISOString().slice(0, 10);
};

const openRules = async (page: Page, productionId: string): Promise<void> => {
  await page.goto(`/productions/${productionId}/schedule`);
  await page.getByTestId('schedule-view-calendar').click();
  await expect(page.getByTestId('cast-availability-row').first()).toBeVisible();
};

const save = async (page: Page): Promise<void> => {
  await expect(page.getByTestId('settings-status')).toHaveAttribute('data-state', 'changed');
  await page.getByTestId('save-settings').click();
  const outcome = page.getByTestId('action-outcome');
  await expect(outcome).toHaveText('Saved the calendar and the scheduling rules');
  await expect(outcome).toHaveAttribute('data-outcome', 'allowed');
  await expect(page.getByTestId('settings-status')).toHaveAttribute('data-state', 'saved');
};

test('a UPM gives a cast member a drop date and the shooting board flags the days past it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'unit-production-manager');
  const { productionId } = loadDemo();
  await openRules(page, productionId);

  // Cast number 1 has scenes on the shooting board: dropped before the first shoot day, every one of them
  // breaks the rule.
  const row = page.locator('[data-testid="cast-availability-row"][data-cast-number="1"]');
  const name = (await row.getByRole('rowheader').innerText()).trim();
  const firstShootDay = await page.getByLabel('First shoot day').inputValue();
  await page.getByLabel(`Drop date of ${name}`, { exact: true }).fill(dayBefore(firstShootDay));
  await save(page);
  await page.reload();
  await expect(page.getByLabel(`Drop date of ${name}`, { exact: true })).toHaveValue(
    dayBefore(firstShootDay),
  );

  // The shooting board says where the schedule breaks it.
  await page.getByTestId('schedule-view-boards').click();
  await page
    .locator('[data-testid="board-row"][data-kind="shooting"]')
    .first()
    .getByRole('link')
    .first()
    .click();
  const conflicts = page.getByTestId('board-conflicts');
  const theirs = conflicts
    .locator('[data-testid="board-conflict-item"][data-kind="cast-unavailable"]')
    .filter({ hasText: `${name} is not available` });
  await expect(theirs.first()).toBeVisible();
  await expect(theirs.first()).toContainText('Cast availability');

  // Cleared again: the board no longer flags them.
  await openRules(page, productionId);
  await page.getByRole('button', { name: `Clear the dates of ${name}` }).click();
  await save(page);
  await page.getByTestId('schedule-view-boards').click();
  await page
    .locator('[data-testid="board-row"][data-kind="shooting"]')
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByTestId('board-page')).toBeVisible();
  await expect(
    page
      .locator('[data-testid="board-conflict-item"][data-kind="cast-unavailable"]')
      .filter({ hasText: `${name} is not available` }),
  ).toHaveCount(0);
});
