// @vitest-environment node
// The second condition of each rule (the code review's surviving mutants): the main rule of each area
// is tested elsewhere; these pin the edge that a small change could break unnoticed.
import { describe, expect, it } from 'vitest';
import { checkBoardMessage, type TrustContext } from '../../extension/shared/messages';
import { backupReminderDue, hasWeekOldRealClass } from '../../src/data/backup-reminder';
import { createClass, listClasses } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { DEMO_CLASS_NAMES, loadDemoClass } from '../../src/data/demo';
import { csvCell } from '../../src/domain/backup/csv';
import { payloadChecksum } from '../../src/domain/backup/format';
import { parseBackup } from '../../src/domain/backup/validate';
import { parseNameList } from '../../src/domain/names';
import { MAX_NAME } from '../../src/domain/types';
import { backupText, sampleData } from './helpers/backup';
import { freshDatabase } from './helpers/db';

freshDatabase();
const DAY = 86_400_000;

describe('backup validation', () => {
  it('refuses a recognition "noticed by" a pupil who is not in the file', async () => {
    const o = JSON.parse(await backupText(sampleData()));
    const i = o.data.recognitions.findIndex(
      (r: { noticedBy: { kind: string } }) => r.noticedBy.kind === 'pupil',
    );
    expect(i).toBeGreaterThanOrEqual(0);
    o.data.recognitions[i].noticedBy.pupilId = 'p-gone';
    o.checksum.value = await payloadChecksum(o.data);
    expect(await parseBackup(JSON.stringify(o), { schemaVersion: 1 })).toMatchObject({
      ok: false,
      problem: { kind: 'reference', table: 'recognitions', index: i, field: 'noticedBy.pupilId' },
    });
  });
});

describe('names', () => {
  it('keeps a name of exactly the maximum length whole, and shortens one character more', () => {
    const exact = 'A'.repeat(MAX_NAME);
    expect(parseNameList(exact)).toMatchObject({ names: [exact], shortened: [] });
    const over = 'B'.repeat(MAX_NAME + 1);
    expect(parseNameList(over)).toMatchObject({
      names: ['B'.repeat(MAX_NAME)],
      shortened: ['B'.repeat(MAX_NAME)],
    });
  });
});

describe('CSV export', () => {
  it.each(['=1+2', '+1+2', '-1+2', '@SUM(A1)'])('neutralises a cell starting like a formula: %s', (v) => {
    expect(csvCell(v)).toBe(`'${v}`);
  });
  it('leaves ordinary text alone', () => {
    expect(csvCell('Kari hjalp Ola')).toBe('Kari hjalp Ola');
  });
});

describe('extension message checks', () => {
  const ctx: TrustContext = {
    extensionId: 'abcdefghijklmnop',
    extensionOrigin: 'chrome-extension://abcdefghijklmnop',
    appOrigins: ['https://drommeklassen.no'],
  };
  it.each([
    'https://drommeklassen.no.evil.example',
    'https://drommeklassen.no:8443',
    'http://drommeklassen.no',
  ])('accepts the app origin by exact match only, not %s', (origin) => {
    const verdict = checkBoardMessage(
      { type: 'board-snapshot', snapshot: {} },
      { id: ctx.extensionId, origin, url: `${origin}/class/x`, tab: { id: 1 } },
      ctx,
    );
    expect(verdict).toEqual({ ok: false, reason: 'origin' });
  });
});

describe('the demo class stays apart', () => {
  it('the weekly backup reminder ignores a week-old demo class', async () => {
    const now = Date.now();
    await loadDemoClass('nb', now - 30 * DAY);
    await db()
      .classes.toCollection()
      .modify({ createdAt: now - 30 * DAY });
    expect(await hasWeekOldRealClass(now)).toBe(false);
    expect(await backupReminderDue(now)).toBe(false);
    // A real class of the same age does make it due (so the checks above are not trivially false).
    const real = await createClass({ name: '6B', yearGroup: 6 });
    await db().classes.update(real.id, { createdAt: now - 30 * DAY });
    expect(await hasWeekOldRealClass(now)).toBe(true);
    expect(await backupReminderDue(now)).toBe(true);
  });

  it('the demo is found by its flag, not by its name', async () => {
    const mine = await createClass({ name: DEMO_CLASS_NAMES.nb, yearGroup: 5 });
    const demo = await loadDemoClass('nb');
    expect(demo).not.toBe(mine.id);
    expect(await loadDemoClass('nb')).toBe(demo);
    const classes = await listClasses();
    expect(classes.filter((c) => c.isDemo).map((c) => c.id)).toEqual([demo]);
  });
});
