import {
  calendarDate,
  callSheetChanges,
  dateInTimeZone,
  decide,
  DomainError,
  type AuthoritySnapshot,
  type CalendarDate,
  type Instant,
  type JsonValue,
  type PersonId,
  type Production,
} from '@greenlight/domain';
import type { NewRecipient, Repositories } from '@greenlight/db';
import { hashToken, newToken } from '../auth/session-token.js';
import type { ActionEffect } from './action-effect.js';
import { notePublishedCallSheet } from './call-sheet-delivery.js';

type CallSheetEffect = Extract<ActionEffect, { kind: 'save-call-sheet' | 'publish-call-sheet' }>;

/**
 * Who a call sheet goes to: everyone on the production's team with an email address who may see the
 * schedule (`schedule.view` decided now, so a financier's representative or someone whose access was taken
 * away is left out), each person once.
 */
export const callSheetRecipients = async (
  repos: Repositories,
  production: Production,
  snapshot: AuthoritySnapshot,
  today: CalendarDate,
): Promise<{ personId: PersonId; name: string; email: string }[]> => {
  const people = await repos.people.listByProduction(production.id);
  return people.flatMap((person) =>
    person.email !== null &&
    person.email.trim() !== '' &&
    decide(snapshot, person.id, 'schedule.view', { today }).outcome === 'allow'
      ? [{ personId: person.id, name: person.name, email: person.email.trim() }]
      : [],
  );
};

const staleDetails = (date: string): DomainError =>
  new DomainError(
    'conflict',
    `The call sheet for ${date} was changed since this was asked; load it again and publish what it says now`,
  );

/** Saves a day's details, or issues the day's sheet to the team (the emails go once this commits). */
export const applyCallSheetEffect = async (
  repos: Repositories,
  production: Production,
  effect: CallSheetEffect,
  now: Instant,
): Promise<JsonValue> => {
  const date = calendarDate(effect.date);
  switch (effect.kind) {
    case 'save-call-sheet': {
      const saved = await repos.callSheets.saveDraft({
        productionId: production.id,
        date,
        details: effect.details,
        expectedVersion: effect.version,
        by: effect.by as PersonId,
        now,
      });
      return { date: saved.date, version: saved.version };
    }
    case 'publish-call-sheet': {
      const draft = await repos.callSheets.getDraft(production.id, date);
      if ((draft?.version ?? 0) !== effect.detailsVersion) throw staleDetails(date);
      const previous = await repos.callSheets.latestPublication(production.id, date);
      const snapshot = await repos.loadAuthoritySnapshot(production.id);
      if (snapshot === null) throw new DomainError('not-found', 'No such production');
      const people = await callSheetRecipients(
        repos,
        production,
        snapshot,
        dateInTimeZone(now, production.timeZone),
      );
      // Each recipient's own link: only the token's hash is stored, the token goes in their email.
      const tokens = people.map(() => newToken());
      const recipients: NewRecipient[] = people.map((p, i) => ({
        ...p,
        tokenHash: hashToken(tokens[i] ?? ''),
      }));
      const published = await repos.callSheets.publish({
        productionId: production.id,
        date,
        sheet: effect.sheet,
        changes: previous === null ? [] : callSheetChanges(previous.sheet, effect.sheet),
        publishedBy: effect.by as PersonId,
        now,
        recipients,
      });
      // Each person is a recipient once, so their id finds their token.
      const tokenOf = new Map<string | null, string>(
        people.map((p, i) => [p.personId, tokens[i] ?? '']),
      );
      notePublishedCallSheet(effect, {
        production,
        publication: published.publication,
        recipients: published.recipients.map((recipient) => ({
          recipient,
          token: tokenOf.get(recipient.personId) ?? '',
        })),
        origin: effect.origin,
      });
      return {
        publicationId: published.publication.id,
        date,
        revision: published.publication.revision,
        changes: [...published.publication.changes],
        recipients: published.recipients.length,
      };
    }
  }
};
