// Schema upgrades: a database written by schema version 1 (tests/fixtures/db-v1.json) opens with
// today's code with every record intact; an old tab is told to reload when a newer schema opens;
// a failed upgrade leaves the old data readable and says so.
import { act, screen, waitFor } from '@testing-library/preact';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { clearError, currentError } from '../../src/app-errors';
import { exportBackup } from '../../src/data/backup-export';
import { readBackupFile } from '../../src/data/backup-import';
import { DreamClassDB, openDatabase, SCHEMA_VERSION, useDatabase } from '../../src/data/db';
import { TABLES } from '../../src/domain/backup/format';
import { ErrorBanner } from '../../src/ui/ErrorBanner';
import { OpenFailedHelp } from '../../src/ui/OpenFailedHelp';
import fixture from '../fixtures/db-v1.json';
import { renderWithI18n } from './helpers/render';

type Row = Record<string, unknown>;
const fx = fixture as unknown as {
  dexieVersion: number;
  stores: Record<string, string>;
  tables: Record<string, Row[]>;
};

/** Restores the fixture into a real version-1 database (the schema as it shipped, from the file). */
async function restoreV1(name: string): Promise<void> {
  const old = new Dexie(name);
  old.version(fx.dexieVersion).stores(fx.stores);
  await old.open();
  await old.transaction('rw', Object.keys(fx.stores), async () => {
    for (const [t, rows] of Object.entries(fx.tables)) await old.table(t).bulkAdd(rows);
  });
  old.close();
}

const opened: Dexie[] = [];
afterEach(async () => {
  useDatabase(null);
  clearError();
  for (const d of opened.splice(0)) {
    d.close();
    await Dexie.delete(d.name);
  }
});

describe('schema version 1 fixture', () => {
  it('opens with today’s code with every record of every table unchanged', async () => {
    const name = `v1-${crypto.randomUUID()}`;
    await restoreV1(name);
    const d = new DreamClassDB(name);
    opened.push(d);
    await d.open();
    expect(d.verno).toBe(SCHEMA_VERSION);
    for (const t of TABLES) {
      const rows = await d.table(t).toArray();
      const key = t === 'settings' ? 'key' : 'id';
      const sort = (xs: Row[]) => [...xs].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
      expect(sort(rows), t).toEqual(sort(fx.tables[t]!));
    }
    // The indexes the screens rely on answer over the old data.
    const cls = fx.tables.classes!.find((c) => c.isDemo) as { id: string };
    const approved = await d.recognitions
      .where('[classId+status+createdAt]')
      .between([cls.id, 'approved', -Infinity], [cls.id, 'approved', Infinity])
      .count();
    expect(approved).toBe(
      fx.tables.recognitions!.filter((r) => r.classId === cls.id && r.status === 'approved').length,
    );
    expect(await d.pupils.where('[classId+archived]').equals(['c-4b', 1]).count()).toBe(1);
    // Every record passes today's backup validation too.
    useDatabase(d);
    const parsed = await readBackupFile((await exportBackup({ kind: 'all' })).text);
    expect(parsed.ok ? 'ok' : JSON.stringify(parsed.problem)).toBe('ok');
  });
});

describe('an old tab during an upgrade', () => {
  it('closes its connection and tells the user to reload; the newer version opens', async () => {
    const name = `vc-${crypto.randomUUID()}`;
    const old = new DreamClassDB(name);
    await old.open();
    useDatabase(old);
    renderWithI18n(<ErrorBanner />);
    const newer = new Dexie(name);
    newer.version(2).stores({ ...fx.stores, extra: 'id' });
    opened.push(newer);
    await act(async () => {
      await newer.open();
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Appen er oppdatert i en annen fane');
    expect(screen.getByRole('button', { name: 'Last siden på nytt' })).toBeInTheDocument();
    expect(old.isOpen()).toBe(false);
  });
});

describe('a failed upgrade', () => {
  it('leaves the old data readable and says so', async () => {
    const name = `fail-${crypto.randomUUID()}`;
    await restoreV1(name);
    class Broken extends DreamClassDB {
      constructor() {
        super(name);
        this.version(SCHEMA_VERSION + 1)
          .stores({})
          .upgrade(() => {
            throw new Error('converter bug');
          });
      }
    }
    renderWithI18n(<OpenFailedHelp />);
    const broken = new Broken();
    let ok = true;
    await act(async () => {
      ok = await openDatabase(broken);
    });
    broken.close();
    expect(ok).toBe(false);
    expect(currentError()).toMatchObject({
      kind: 'openFailed',
      detail: expect.stringMatching(/^UpgradeError/),
    });
    expect(screen.getByRole('note')).toHaveTextContent('Ingenting er slettet: dataene ligger som før');
    expect(screen.getByRole('link', { name: 'Hent inn fra en sikkerhetskopi' })).toHaveAttribute(
      'href',
      '/recover',
    );

    const again = new DreamClassDB(name);
    opened.push(again);
    await again.open();
    expect(again.verno).toBe(SCHEMA_VERSION);
    expect(await again.recognitions.count()).toBe(fx.tables.recognitions!.length);
    await waitFor(async () => expect(await again.pupils.count()).toBe(fx.tables.pupils!.length));
  });
});
