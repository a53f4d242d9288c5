// Cost control the way a production office runs it: the production manager enters a purchase order above
// their own signing limit and cannot approve it themselves; the UPM signs it from the approvals inbox; the
// production accountant enters the vendor's invoice against it, seeing what is still open; the UPM signs
// that too; and the cost report shows the new actual and the remaining commitment on the camera account,
// with a drill-down from the top sheet to the documents behind it.
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

const signOut = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByLabel('Email')).toBeVisible();
};

/** "1,234.56" as minor units. */
const cents = (text: string): number => Math.round(Number(text.replace(/[^\d.]/g, '')) * 100);

test('a purchase order above the PM’s limit is signed by the UPM, invoiced, and shows on the cost report', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const { productionId } = loadDemo();
  const cost = `/productions/${productionId}/cost`;

  // The UPM's view of the camera account before anything is entered.
  await signIn(page, 'unit-production-manager');
  await page.goto(`${cost}?account=3300`);
  const camera = page.locator('[data-testid="cost-account-row"][data-account="3300"]');
  await expect(camera).toBeVisible();
  const actualsBefore = cents(await camera.locator('[data-figure="actuals"]').innerText());
  const committedBefore = cents(await camera.locator('[data-figure="commitments"]').innerText());
  await signOut(page);

  // The production manager enters a $15,000 purchase order: above their $10,000 limit.
  await signIn(page, 'production-manager');
  await page.goto(`/productions/${productionId}`);
  await page.getByTestId('tab-cost').click();
  await page.getByTestId('cost-view-documents').click();
  await page.getByTestId('new-document').click();
  const form = page.getByTestId('document-form');
  await form.getByLabel('Number', { exact: true }).fill('PO 0107');
  await form.getByLabel('Vendor', { exact: true }).selectOption({ label: 'Crane Works' });
  await form.getByLabel('What it is for').fill('Dolly and track, 3 weeks');
  await form.getByLabel('Account of line 1').selectOption('3300');
  await form.getByLabel('Description of line 1').fill('Fisher dolly and track');
  await form.getByLabel('Amount of line 1').fill('15,000');
  await expect(page.getByTestId('document-form-total')).toHaveText('$15,000.00');
  await page.getByTestId('save-and-submit').click();

  const document = page.getByTestId('spending-document');
  await expect(document).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByTestId('action-outcome')).toHaveAttribute('data-outcome', 'allowed');
  const poId = await document.getAttribute('data-document-id');
  expect(poId).toBeTruthy();
  // It waits on someone else: the requester is never offered the approval, and is told why.
  await expect(page.getByTestId('waits-on')).toContainText('Waiting on');
  await expect(page.getByTestId('self-approval-note')).toBeVisible();
  await expect(page.getByTestId('move-approve')).toHaveCount(0);
  await page.getByTestId('cost-view-inbox').click();
  await expect(page.getByTestId('my-submitted-row').filter({ hasText: 'PO 0107' })).toContainText(
    'you cannot approve it',
  );
  await expect(page.getByRole('article', { name: 'PO 0107' })).toHaveCount(0);
  await signOut(page);

  // The UPM signs it in the inbox: within their limit, so it is committed.
  await signIn(page, 'unit-production-manager');
  await page.goto(`${cost}/inbox`);
  const card = page.getByRole('article', { name: 'PO 0107' });
  await expect(card).toContainText('Within your limit');
  await card.getByTestId('inbox-approve').click();
  await expect(page.getByTestId('signed-outcome')).toHaveAttribute('data-outcome', 'approved');
  await expect(page.getByTestId('signed-outcome')).toContainText('PO 0107 approved: committed');
  await expect(card).toHaveCount(0);
  await signOut(page);

  // The production accountant enters the vendor's invoice against it and sees what is open on it.
  await signIn(page, 'production-accountant');
  await page.goto(`${cost}/documents/${poId ?? ''}`);
  await expect(page.getByTestId('spending-document')).toHaveAttribute('data-status', 'committed');
  await page.getByTestId('enter-invoice').click();
  await expect(page.getByTestId('po-open-amount')).toContainText('$15,000.00');
  await page.getByRole('button', { name: 'Copy its lines' }).click();
  await form.getByLabel('Number', { exact: true }).fill('CW-5521');
  await form.getByLabel('Amount of line 1').fill('6,000');
  await page.getByTestId('save-and-submit').click();
  await expect(page.getByTestId('spending-document')).toHaveAttribute('data-status', 'submitted');
  await expect(page.getByTestId('document-line')).toContainText('6,000.00');
  await signOut(page);

  // The UPM signs the invoice; the cost report shows the actual and what is still committed.
  await signIn(page, 'unit-production-manager');
  await page.goto(`${cost}/inbox`);
  await page.getByRole('article', { name: 'INV CW-5521' }).getByTestId('inbox-approve').click();
  await expect(page.getByTestId('signed-outcome')).toHaveAttribute('data-outcome', 'approved');

  await page.getByTestId('cost-view-report').click();
  await page.getByRole('button', { name: 'Open Below the line' }).click();
  await expect(camera).toBeVisible();
  await expect
    .poll(async () => cents(await camera.locator('[data-figure="actuals"]').innerText()))
    .toBe(actualsBefore + 600_000);
  expect(cents(await camera.locator('[data-figure="commitments"]').innerText())).toBe(
    committedBefore + 900_000,
  );

  // Drill down from the top sheet to the documents behind the account, and open the purchase order.
  await camera.getByRole('button', { name: 'Camera' }).click();
  const postings = page.getByTestId('account-postings');
  await expect(postings).toBeVisible();
  const invoiceRow = postings.getByTestId('posting-row').filter({ hasText: 'CW-5521' });
  await expect(invoiceRow).toHaveAttribute('data-kind', 'actual');
  await expect(invoiceRow).toContainText('$6,000.00');
  const poRow = postings.locator(`[data-testid="posting-row"][data-document-id="${poId ?? ''}"]`);
  await expect(poRow).toHaveAttribute('data-kind', 'commitment');
  await expect(poRow).toContainText('$9,000.00');
  await poRow.getByRole('link', { name: 'PO 0107' }).click();
  await expect(page.getByTestId('spending-document')).toHaveAttribute(
    'data-status',
    'partly-liquidated',
  );
  await expect(page.getByTestId('sign-off')).toContainText('Within their limit');
});
