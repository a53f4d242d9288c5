import { hash, verify } from '@node-rs/argon2';

/** Password hashing port: argon2id in production, the same in tests (it is fast enough at these settings). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

// argon2id with the library defaults (m=19 MiB, t=2, p=1), recorded in the PHC string so they can be raised later.
export const argon2Hasher: PasswordHasher = {
  hash: (password) => hash(password, { algorithm: 2 }),
  verify: async (encoded, password) => {
    try {
      return await verify(encoded, password);
    } catch {
      return false; // a malformed stored hash never signs anyone in
    }
  },
};
