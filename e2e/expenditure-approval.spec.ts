// The journey the producing team's spine exists for: a producer asks for more than their signing limit, the
// executive producer approves it from the inbox, and both decisions are in the audit log.
import { readFileSync } from 'node:fs';
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

test('an expenditure above the producer’s limit is approved by the executive producer and audited', async ({
  browser,
}) => {
  const { productionId } = loadDemo();
  const description = `Helicopter aerial unit, 3 days (${runLabel()})`;

  const producer = await browser.newPage();
  await signIn(producer, 'producer');
  await producer.goto(`/productions/${productionId}/expenditures`);
  await producer.getByLabel('Description').fill(description);
  await producer.getByLabel('Vendor').fill('Skyline Aerials');
  await producer.getByLabel('Amount').fill('250000');
  await producer.getByRole('button', { name: 'Request expenditure' }).click();
  // $250,000 is above the producer's $100,000 limit: it waits on the executive producer.
  const row = producer.getByRole('row').filter({ hasText: description });
  await expect(row).toContainText('$250,000.00');
  await expect(row).toContainText(/pending|awaiting|approval/i);
  await producer.close();

  const executive = await browser.newPage();
  await signIn(executive, 'executive-producer');
  await executive.goto('/approvals');
  const card = executive.getByTestId('approval-card').filter({ hasText: description });
  await expect(card).toContainText('$250,000.00');
  await expect(card).toContainText('Paul Okafor');
  await card.getByRole('button', { name: 'Approve' }).click();
  // The decided card stays on screen, marked approved.
  await expect(card).toHaveAttribute('data-status', 'approved');

  await executive.goto(`/productions/${productionId}/audit`);
  const approved = executive
    .locator('[data-testid="audit-row"][data-outcome="approved"]')
    .filter({ hasText: '$250,000.00' });
  const requested = executive
    .locator('[data-testid="audit-row"][data-outcome="approval-requested"]')
    .filter({ hasText: '$250,000.00' });
  await expect(approved.first()).toBeVisible();
  await expect(approved.first()).toContainText('Eleanor Vance');
  await expect(requested.first()).toContainText('Paul Okafor');

  // The same record as a PDF for the production files.
  const [download] = await Promise.all([
    executive.waitForEvent('download'),
    executive.getByTestId('audit-pdf').click(),
  ]);
  expect(download.suggestedFilename()).toBe('audit-log.pdf');
  const pdf = readFileSync(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // The expenditure is now committed.
  await executive.goto(`/productions/${productionId}/expenditures`);
  await expect(executive.getByRole('row').filter({ hasText: description })).toContainText(
    /committed/i,
  );
  await executive.close();
});

test('every demo user can sign in', async ({ browser }) => {
  // Fourteen sign-ins, each an argon2 verification on a two-core machine.
  test.setTimeout(120_000);
  for (const user of loadDemo().users) {
    const page = await browser.newPage();
    await signIn(page, user.role);
    await page.close();
  }
});
