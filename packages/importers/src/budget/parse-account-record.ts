import { sectionOfWord, type BudgetAccount } from '@greenlight/domain';
import { accountRoleOfWord } from './budget-file-words.js';
import type { BudgetRow } from './budget-row.js';
import { notParsed, parsed, quoted } from './parsed-value.js';

/** `account`: Acct (its number), Description (its name), Section, and Kind `fringes` for a fringe account. */
export const parseAccountRecord = (row: BudgetRow): BudgetAccount => {
  row.ignoreOthers(['Acct', 'Description', 'Section', 'Kind']);
  return {
    number: row.name('Acct').name,
    name: row.text('Description'),
    section: row.value(
      'Section',
      (text) => {
        const section = sectionOfWord(text);
        return section === null
          ? notParsed(`${quoted(text)} is not a section (ATL, BTL, Post or Other)`)
          : parsed(section);
      },
      'other',
    ),
    role: (() => {
      const role = accountRoleOfWord(row.text('Kind'));
      if (role === null) {
        row.error(
          'Kind',
          `${quoted(row.text('Kind'))} is not a kind of account (leave it empty, or fringes for the account that collects a section's fringes)`,
        );
      }
      return role ?? 'lines';
    })(),
  };
};
