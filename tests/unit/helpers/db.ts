// A fresh, real (fake-indexeddb) database for each test.
import { afterEach, beforeEach } from 'vitest';
import { DreamClassDB, db, useDatabase } from '../../../src/data/db';

export function freshDatabase(): { current: DreamClassDB } {
  const ref = { current: null as unknown as DreamClassDB };
  beforeEach(async () => {
    ref.current = new DreamClassDB(`test-${crypto.randomUUID()}`);
    await ref.current.open();
    useDatabase(ref.current);
  });
  afterEach(async () => {
    useDatabase(null);
    ref.current.close();
    await ref.current.delete();
  });
  return ref;
}

/**
 * Before each test, the class "c1" that a test's records belong to: writes check that their class
 * still exists (a class removed in another tab stores nothing). Call after freshDatabase().
 */
export function withClassC1(): void {
  beforeEach(async () => {
    await db().classes.put({
      id: 'c1',
      name: '4B',
      yearGroup: 4,
      isDemo: false,
      pupilTextOptional: false,
      createdAt: 1,
      updatedAt: 1,
    });
  });
}
