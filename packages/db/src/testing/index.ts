// Test support for packages that need a database (exported as '@greenlight/db/testing').
export {
  createTestDatabase,
  testDatabaseKind,
  TEST_DATABASE_URL_ENV,
} from './create-test-database.js';
