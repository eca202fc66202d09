// A fresh, real (fake-indexeddb) database for each test.
import { afterEach, beforeEach } from 'vitest';
import { DreamClassDB, useDatabase } from '../../../src/data/db';

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
