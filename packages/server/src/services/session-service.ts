import type { CreateUserRequest, SessionDto, SignInRequest, UserDto } from '@greenlight/contract';
import { DomainError, instant, type User } from '@greenlight/domain';
import type { ServerDeps } from '../server-deps.js';
import type { Actor } from '../http/actor.js';
import type { PasswordHasher } from '../auth/password-hasher.js';
import { hashToken, newToken, SESSION_DAYS } from '../auth/session-token.js';
import { inTransaction, readOnly } from './service-context.js';

// A real hash of a random password, made once per hasher: verifying against it when the email is unknown
// costs the same time as a wrong password, so response times do not reveal which emails have accounts.
const decoys = new WeakMap<PasswordHasher, Promise<string>>();
const decoyHash = (hasher: PasswordHasher): Promise<string> => {
  let decoy = decoys.get(hasher);
  if (!decoy) {
    decoy = hasher.hash(newToken());
    decoys.set(hasher, decoy);
  }
  return decoy;
};

export const toUserDto = (user: User): UserDto => ({
  id: user.id,
  email: user.email,
  name: user.name,
  personId: user.personId,
  isAdmin: user.isAdmin,
});

export type SignInResult = {
  readonly session: SessionDto;
  readonly token: string;
  readonly maxAgeSeconds: number;
};

export const signIn = async (
  deps: ServerDeps,
  input: SignInRequest,
  clientAddress: string,
): Promise<SignInResult> => {
  const keys = [`email:${input.email}`, `address:${clientAddress}`];
  const wait = Math.max(...keys.map((k) => deps.limiter.retryAfterSeconds(k)));
  if (wait > 0) {
    throw new DomainError(
      'rate-limited',
      `Too many failed sign-ins; try again in ${wait} seconds`,
      {
        retryAfterSeconds: wait,
      },
    );
  }
  const found = await readOnly(deps).users.findByEmail(input.email);
  const valid = await deps.hasher.verify(
    found?.passwordHash ?? (await decoyHash(deps.hasher)),
    input.password,
  );
  if (!found || !valid) {
    for (const key of keys) deps.limiter.recordFailure(key);
    throw new DomainError('unauthenticated', 'Wrong email or password');
  }
  deps.limiter.reset(`email:${input.email}`);
  const token = newToken();
  const csrfToken = newToken();
  const now = deps.clock.now();
  const maxAgeSeconds = SESSION_DAYS * 24 * 3600;
  const expiresAt = instant(new Date(Date.parse(now) + maxAgeSeconds * 1000).toISOString());
  await inTransaction(deps, async (repos) => {
    await repos.sessions.create({
      tokenHash: hashToken(token),
      userId: found.user.id,
      csrfToken,
      createdAt: now,
      expiresAt,
    });
    await repos.auditLog.append([
      {
        productionId: null,
        at: now,
        actorPersonId: found.user.personId,
        action: 'session.sign-in',
        outcome: 'allowed',
        rule: 'Correct email and password',
        amount: null,
        approvalRequestId: null,
        details: { email: found.user.email },
      },
    ]);
  });
  return { session: { user: toUserDto(found.user), csrfToken }, token, maxAgeSeconds };
};

export const signOut = async (deps: ServerDeps, actor: Actor): Promise<void> => {
  await inTransaction(deps, (repos) => repos.sessions.delete(actor.sessionId));
};

export const currentSession = (actor: Actor): SessionDto => ({
  user: toUserDto(actor.user),
  csrfToken: actor.csrfToken,
});

/** Creates a login (and the person behind it, unless one with that email exists). */
export const createUser = async (deps: ServerDeps, input: CreateUserRequest): Promise<UserDto> => {
  const passwordHash = await deps.hasher.hash(input.password);
  return inTransaction(deps, async (repos) => {
    if (await repos.users.findByEmail(input.email)) {
      throw new DomainError('conflict', `A user with the email ${input.email} exists already`);
    }
    const person =
      (await repos.people.findByEmail(input.email)) ??
      (await repos.people.create({ name: input.name, email: input.email }));
    const user = await repos.users.create({
      email: input.email,
      passwordHash,
      personId: person.id,
      isAdmin: input.isAdmin,
    });
    return toUserDto(user);
  });
};
