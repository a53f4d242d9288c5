// The Financing tab, the way an executive producer uses it: the plan and its gap against the approved
// budget, a new source added and moved along the pipeline, the weekly cash flow, the recoupment waterfall
// for a revenue figure, and the greenlight gate: refusing a production with no approved budget, and the
// executive producer's override, which moves the production on and is recorded with its reason.
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

test('an executive producer reads the gap, adds and moves a source, and runs the cash flow and waterfall', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'executive-producer');
  const { productionId } = loadDemo();
  await page.goto(`/productions/${productionId}`);
  await page.getByTestId('tab-financing').click();

  // The demo's plan: closed financing short of the approved budget, shown in words and by status.
  await expect(page.getByTestId('gap-headline')).toHaveText(
    /^\$[\d,]+\.\d\d short of the approved budget$/,
  );
  await expect(page.getByTestId('gap-headline')).toHaveAttribute('data-tone', 'short');
  const gap = await page.getByTestId('gap-amount').innerText();
  await expect(page.getByTestId('gap-headline')).toContainText(gap);
  await expect(page.locator('[data-testid="gap-status-row"][data-status="closed"]')).toBeVisible();
  await expect(page.getByTestId('source-row')).not.toHaveCount(0);

  // A new source, checked before it is sent, then added as a prospect.
  const name = `Nordic Film Fund ${runLabel()}`;
  await page.getByTestId('add-source').click();
  const form = page.getByTestId('add-source-form');
  await form.getByTestId('save-new-source').click();
  await expect(form.getByTestId('source-form-errors')).toHaveText(
    'Check these fields: Name, Amount.',
  );
  await form.getByLabel('Name', { exact: true }).fill(name);
  await form.getByLabel('Kind').selectOption({ label: 'Grant' });
  await form.getByLabel('Amount', { exact: true }).fill('150,000');
  await form.getByLabel('Conditions').fill('Shoot ten days in Norway');
  await form.getByRole('button', { name: 'Add a drawdown' }).click();
  await form.getByLabel('Week of drawdown 1').fill('3');
  await form.getByLabel('Amount of drawdown 1').fill('150,000');
  await form.getByTestId('save-new-source').click();
  const outcome = page.getByTestId('action-outcome');
  await expect(outcome).toHaveText(`Added ${name} ($150,000.00), prospect`);
  await expect(outcome).toHaveAttribute('data-outcome', 'allowed');
  const row = page.getByTestId('source-row').filter({ hasText: name });
  await expect(row).toHaveAttribute('data-status', 'prospect');
  await expect(row.getByTestId('source-amount')).toHaveText('$150,000.00');
  // A prospect is not closed money: the gap is what it was.
  await expect(page.getByTestId('gap-amount')).toHaveText(gap);

  // Along the pipeline: prospect → term sheet, by the moves the server allows.
  await row.getByTestId('move-source').click();
  await expect(row.getByTestId('move-to-closed')).toContainText('closes the deal');
  await row.getByTestId('move-to-term-sheet').click();
  await expect(outcome).toHaveText(`${name} is term sheet`);
  await expect(row).toHaveAttribute('data-status', 'term-sheet');
  await expect(row.getByTestId('source-status')).toHaveText('Term sheet');

  // The cash flow by week: the chart with its figures, and where the money runs short.
  await page.getByTestId('financing-view-cash-flow').click();
  const chart = page.getByTestId('cash-flow-chart');
  await expect(chart.getByRole('img', { name: /Cash flow by week/ })).toBeVisible();
  await expect(page.getByTestId('cash-flow-first-short')).toHaveText(
    /^Week \d+ · \d{1,2} \w{3} \d{4}$/,
  );
  await expect(chart.getByTestId('cash-flow-short').first()).toBeAttached();
  await page.getByText('Week by week').click();
  await expect(page.getByTestId('cash-flow-row').first()).toContainText('16 Nov 2026');
  await expect(page.getByTestId('cash-flow-spending')).toHaveText(/^\$[\d,]+\.\d\d$/);

  // The waterfall for a revenue figure: tiers in order, and totals that come to the revenue.
  await page.getByTestId('financing-view-waterfall').click();
  await page.getByLabel('Revenue', { exact: true }).fill('5,000,000');
  await page.getByLabel('Distribution fee (%)').fill('10');
  await page.getByTestId('run-waterfall').click();
  const result = page.getByTestId('waterfall-result');
  await expect(result.getByTestId('waterfall-revenue')).toHaveText('$5,000,000.00');
  await expect(result.getByTestId('waterfall-tier').first()).toHaveAttribute('data-kind', 'fee');
  await expect(result.getByTestId('waterfall-tier').first()).toContainText('pays $500,000.00');
  await expect(result.getByTestId('waterfall-tier').nth(1)).toHaveAttribute('data-kind', 'recoup');
  await expect(result.getByTestId('waterfall-total')).toHaveText('$5,000,000.00');

  // The demo was greenlit on the executive producer's override: the record says who and why.
  await page.getByTestId('financing-view-greenlight').click();
  await expect(page.getByTestId('greenlit')).toBeVisible();
  await expect(page.getByTestId('override-by')).toHaveText('Eleanor Vance');
  await expect(page.getByTestId('override-reason')).toContainText('Northern Lights pre-sale');
});

test('the greenlight gate refuses a production without an approved budget, and the executive producer overrides it', async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, 'executive-producer');

  // A production of the test's own, in development, so the demo's stays as seeded.
  const title = `Gate test ${runLabel()}`;
  await page.goto('/productions/new');
  await page.getByLabel('Title').fill(title);
  await page.getByRole('button', { name: 'Create production' }).click();
  await expect(page.getByTestId('production-title')).toHaveText(title);
  await expect(page.getByTestId('stage-pill')).toHaveAttribute('data-stage', 'development');

  await page.getByTestId('tab-financing').click();
  await expect(page.getByTestId('gap-problem')).toContainText('no approved budget');
  await page.getByTestId('financing-view-greenlight').click();

  // Refused, with its reason; the greenlight stays shut.
  const verdict = page.getByTestId('gate-verdict');
  await expect(verdict).toHaveAttribute('data-outcome', 'refused');
  await expect(verdict.getByTestId('gate-reason')).toHaveText('There is no approved budget');
  await expect(verdict.getByTestId('gate-reason')).toHaveAttribute(
    'data-code',
    'no-approved-budget',
  );
  await expect(page.getByTestId('greenlight-button')).toBeDisabled();

  // The override needs a reason; with one, the production moves on and the override is on record.
  const override = page.getByTestId('override-form');
  await override.getByTestId('override-gate').click();
  await expect(override.getByText(/Say why the production should go ahead/)).toBeVisible();
  await expect(page.getByTestId('stage-pill')).toHaveAttribute('data-stage', 'development');
  const reason = 'The studio has confirmed the budget by letter; the approval follows next week';
  await override.getByLabel('Reason for overriding the gate').fill(reason);
  await override.getByTestId('override-gate').click();
  const outcome = page.getByTestId('action-outcome');
  await expect(outcome).toHaveAttribute('data-outcome', 'allowed');
  await expect(outcome).toContainText('Greenlit on your override');
  await expect(page.getByTestId('stage-pill')).toHaveAttribute('data-stage', 'pre-production');
  await expect(page.getByTestId('greenlit')).toBeVisible();
  await expect(page.getByTestId('override-by')).toHaveText('Eleanor Vance');
  await expect(page.getByTestId('override-reason')).toHaveText(reason);

  // The audit log has it too, with the reason.
  await page.getByTestId('tab-audit').click();
  await expect(
    page.getByTestId('audit-row').filter({ hasText: 'override the greenlight gate' }).first(),
  ).toBeVisible();
});
