// The budget, the way a production office works it: the UPM opens the approved budget, moves around the
// grid with the keyboard, starts a revision (an approved budget is read-only), changes a rate and sees the
// totals follow, and submits it; the executive producer approves it, which locks the version it replaces;
// then the two versions are compared line by line.
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

test('a UPM revises the approved budget in the grid, the executive producer approves it, and the versions compare', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { productionId } = loadDemo();
  await signIn(page, 'unit-production-manager');
  await page.goto(`/productions/${productionId}`);
  await page.getByTestId('tab-budget').click();

  // The seeded budget: one approved version.
  const approvedRow = page.locator('[data-testid="version-row"][data-status="approved"]').first();
  await expect(approvedRow).toBeVisible();
  const approvedId = await approvedRow.getAttribute('data-version-id');
  await approvedRow.getByRole('link', { name: /^Version \d+/ }).click();
  await expect(page.getByTestId('budget-version')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('read-only-notice')).toContainText('Changes go through a revision');

  // The keyboard moves the active cell, even read-only.
  const grid = page.getByTestId('budget-grid-scroller');
  // Focusing the grid makes the first line active; the arrows move from there.
  await grid.focus();
  const active = page.getByTestId('active-cell');
  await expect(active).toHaveAttribute('data-col', 'description');
  await page.keyboard.press('ArrowDown');
  const firstLine = await active.getAttribute('data-line-id');
  await page.keyboard.press('ArrowDown');
  await expect(active).not.toHaveAttribute('data-line-id', firstLine ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(active).toHaveAttribute('data-line-id', firstLine ?? '');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  await expect(active).toHaveAttribute('data-col', 'rate');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: /^Rate of / })).toHaveCount(0);

  // A revision: a new draft copied from it.
  await page.getByTestId('start-revision').click();
  await expect(page.getByTestId('budget-version')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  const draftId = await page.getByTestId('budget-version').getAttribute('data-version-id');
  expect(draftId).not.toBe(approvedId);
  const before = await page.getByTestId('grand-total').innerText();

  // The same line's rate in the draft: type over it; Enter commits and moves down.
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await expect(active).toHaveAttribute('data-line-id', firstLine ?? '');
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('Tab');
  await page.keyboard.type('175000');
  await expect(page.getByRole('textbox', { name: /^Rate of / })).toHaveValue('175000');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveText('All changes saved');
  await expect(page.getByTestId('grand-total')).not.toHaveText(before);
  const after = await page.getByTestId('grand-total').innerText();
  await expect(page.getByTestId('summary-grand-total')).toHaveText(after);
  const edited = page.locator(`[data-testid="budget-line"][data-line-id="${firstLine}"]`);
  await expect(edited.locator('[data-col="rate"]')).toHaveText('175,000.00');
  await expect(active).not.toHaveAttribute('data-line-id', firstLine ?? '');

  // Submit it: the UPM prepares the budget, so it goes straight through.
  await page.getByTestId('transition-submit').click();
  await page.getByTestId('confirm-transition').click();
  await expect(page.getByTestId('budget-version')).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  await expect(page.getByTestId('read-only-notice')).toContainText('Submitted for approval');

  // The executive producer approves it; the version it revises is locked.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signIn(page, 'executive-producer');
  await page.goto(`/productions/${productionId}/budget/versions/${draftId}`);
  await page.getByTestId('transition-approve').click();
  await page.getByTestId('confirm-transition').click();
  await expect(page.getByTestId('budget-version')).toHaveAttribute('data-status', 'approved');
  await expect(page.getByTestId('action-outcome')).toContainText('now locked');
  await expect(page.getByTestId('grand-total')).toHaveText(after);

  // Compare the two versions: the rate change, line by line and in the grand total.
  await page.getByTestId('budget-view-budgets').click();
  await expect(
    page.locator(`[data-testid="version-row"][data-version-id="${approvedId}"]`),
  ).toHaveAttribute('data-status', 'locked');
  await page
    .locator(`[data-testid="version-row"][data-version-id="${draftId}"]`)
    .getByTestId('compare-with-previous')
    .click();
  await expect(page.getByTestId('compare-before')).toHaveText(before);
  await expect(page.getByTestId('compare-after')).toHaveText(after);
  await expect(page.getByTestId('compare-delta')).toContainText('+$');
  const changed = page.locator(`[data-testid="compare-line"][data-line-id="${firstLine}"]`);
  await expect(changed).toHaveAttribute('data-kind', 'changed');
  // The rate and, with it, the line's fringes went up.
  await expect(changed).toContainText('rate');
  await expect(changed).toContainText('+$');
});

test('the producer downloads a version as Excel and brings it back as a new budget with the same total', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const { productionId } = loadDemo();
  await signIn(page, 'producer');
  await page.goto(`/productions/${productionId}/budget`);
  const approvedRow = page.locator('[data-testid="version-row"][data-status="approved"]').first();
  await approvedRow.getByRole('link', { name: /^Version \d+/ }).click();
  const total = await page.getByTestId('grand-total').innerText();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('download-budget.xlsx').click(),
  ]);
  expect(download.suggestedFilename()).toBe('budget.xlsx');
  const file = await download.path();

  await page.goto(`/productions/${productionId}/budget`);
  await page.getByTestId('import-budget').click();
  await page.getByTestId('import-budget-file').setInputFiles({
    name: 'harbour-light.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await readFile(file),
  });
  await page.getByLabel('Budget name').fill('Budget from Excel');
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  // The import opens the new draft: the same grand total as the version it came from.
  await expect(page.getByTestId('budget-version')).toHaveAttribute('data-status', 'draft');
  await expect(page.getByTestId('grand-total')).toHaveText(total);
  await expect(page.getByTestId('version-title')).toHaveText(
    'Version 1 · Imported from harbour-light.xlsx',
  );
});
