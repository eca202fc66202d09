// @vitest-environment node
// How devices agree (docs/sync.md §8, src/domain/sync/resolve.ts): newest edit wins, ties by revision
// the same on every device, deletions, a pupil's words never lost, inboxes taken once and never
// overwriting, erased pupils stay erased, clocks.
import { describe, expect, it } from 'vitest';
import { PUPIL_TABLES } from '../../src/data/registry';
import type { TableName } from '../../src/domain/backup/format';
import type { SyncPayload } from '../../src/domain/sync/format';
import {
  CLOCK_GRACE,
  clampFuture,
  compareRevs,
  decidePull,
  erasedOnArrival,
  erasedPupils,
  intake,
  type Leaf,
  nextUpdatedAt,
  pickWinner,
} from '../../src/domain/sync/resolve';
import type { FriendRound, Recognition } from '../../src/domain/types';

const NOW = 1_780_000_000_000;

const words: Recognition = {
  id: 'r-1',
  classId: 'c-1',
  pupilId: 'p-1',
  strengthId: 's-1',
  text: 'Han delte blyantene sine',
  noticedBy: { kind: 'pupil', pupilId: 'p-2' },
  source: 'pupil',
  status: 'waiting',
  createdAt: NOW - 1000,
  updatedAt: NOW - 1000,
};
const rec = (r: Partial<Recognition>, rev: string): Leaf => ({
  rev,
  payload: { t: 'recognitions', r: { ...words, ...r } },
});
const tomb = (deletedAt: number, rev: string): Leaf => ({
  rev,
  payload: { t: 'recognitions', tomb: { table: 'recognitions', id: words.id, deletedAt } },
});
const perms = <T>(xs: T[]): T[][] =>
  xs.length <= 1
    ? [xs]
    : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));

describe('picking the winning leaf', () => {
  it('the newest edit wins, whatever the revision', () => {
    const older = rec({ text: 'a', updatedAt: NOW }, '9-fff');
    const newer = rec({ text: 'b', updatedAt: NOW + 1 }, '2-aaa');
    expect(pickWinner([older, newer]).winner).toBe(newer);
    expect(pickWinner([newer, older]).losers).toEqual([older]);
  });

  it('a tie goes to the greater revision: generation first, then hash, the same on every device', () => {
    const a = rec({ text: 'a', updatedAt: NOW }, '3-abc');
    const b = rec({ text: 'b', updatedAt: NOW }, '3-abd');
    const c = rec({ text: 'c', updatedAt: NOW }, '10-000');
    for (const order of perms([a, b, c])) expect(pickWinner(order).winner).toBe(c);
    for (const order of perms([a, b])) expect(pickWinner(order).winner).toBe(b);
    expect(compareRevs('10-a', '9-z')).toBe(1);
    expect(compareRevs('2-a', '2-a')).toBe(0);
    expect(compareRevs('junk', '1-a')).toBe(-1);
  });

  it('a deletion wins a tie with an edit and loses to a newer edit', () => {
    const edit = rec({ updatedAt: NOW }, '5-fff');
    expect(pickWinner([edit, tomb(NOW, '2-000')]).winner.payload).toHaveProperty('tomb');
    expect(pickWinner([tomb(NOW - 1, '9-fff'), edit]).winner).toBe(edit);
  });

  it('a pupil’s original words on a losing leaf are carried to the winner', () => {
    // Teacher A approved with an edit (kept the words), teacher B later approved a different edit
    // from a copy without them: the words must survive.
    const a = rec(
      { status: 'approved', text: 'Delte blyanter', originalText: words.text, updatedAt: NOW },
      '3-a',
    );
    const b = rec({ status: 'approved', text: 'Delte alt', updatedAt: NOW + 5 }, '3-b');
    const pick = pickWinner([a, b]);
    expect(pick.winner).toBe(b);
    expect(pick.merged).toEqual({
      t: 'recognitions',
      r: { ...words, status: 'approved', text: 'Delte alt', originalText: words.text, updatedAt: NOW + 5 },
    });
  });

  it('nothing to carry when the winner still holds the words', () => {
    const edited = rec({ status: 'approved', text: 'Kort', originalText: words.text, updatedAt: NOW }, '3-a');
    const declined = rec({ status: 'declined', updatedAt: NOW + 5 }, '3-b');
    expect(pickWinner([edited, declined]).merged).toBeUndefined();
    expect(pickWinner([declined, edited]).winner).toBe(declined);
    const teacherOwn = rec(
      { source: 'teacher', noticedBy: { kind: 'teacher' }, text: 'x', updatedAt: NOW + 9 },
      '4-a',
    );
    expect(pickWinner([teacherOwn, edited]).merged).toBeUndefined();
  });

  it('refuses an empty leaf list', () => {
    expect(() => pickWinner([])).toThrow();
  });
});

describe('applying a pulled winner to this device', () => {
  const incoming = (r: Partial<Recognition>): SyncPayload => ({ t: 'recognitions', r: { ...words, ...r } });

  it('newest wins', () => {
    expect(decidePull({}, incoming({}))).toEqual({ kind: 'write' });
    expect(decidePull({ record: { ...words, updatedAt: NOW } }, incoming({ updatedAt: NOW + 1 }))).toEqual({
      kind: 'write',
    });
    expect(decidePull({ record: { ...words, updatedAt: NOW + 1 } }, incoming({ updatedAt: NOW }))).toEqual({
      kind: 'keep',
    });
  });

  it('on a tie the pulled winner replaces a different local copy, and an equal one is kept', () => {
    const here = { ...words, text: 'min', updatedAt: NOW };
    expect(decidePull({ record: here }, incoming({ text: 'din', updatedAt: NOW }))).toEqual({
      kind: 'write',
    });
    // Same record, keys in another order and an undefined field: nothing to do.
    const same = {
      ...Object.fromEntries(Object.entries({ ...words, text: 'min', updatedAt: NOW }).reverse()),
      roundId: undefined,
      updatedAt: NOW,
    };
    expect(decidePull({ record: same }, incoming({ text: 'min', updatedAt: NOW }))).toEqual({ kind: 'keep' });
  });

  it('a tombstone deletes a copy not newer than it, and keeps a newer edit', () => {
    const gone: SyncPayload = {
      t: 'recognitions',
      tomb: { table: 'recognitions', id: 'r-1', deletedAt: NOW },
    };
    expect(decidePull({ record: { updatedAt: NOW } }, gone)).toEqual({ kind: 'delete' });
    expect(decidePull({ record: { updatedAt: NOW - 1 } }, gone)).toEqual({ kind: 'delete' });
    expect(decidePull({ record: { updatedAt: NOW + 1 } }, gone)).toEqual({ kind: 'keep' });
    expect(decidePull({}, gone)).toEqual({ kind: 'delete' });
    expect(decidePull({ deletedAt: NOW + 5 }, gone)).toEqual({ kind: 'keep' });
  });

  it('a copy not newer than this device’s deletion stays buried; a newer edit comes back', () => {
    expect(decidePull({ deletedAt: NOW }, incoming({ updatedAt: NOW }))).toEqual({ kind: 'buried' });
    expect(decidePull({ deletedAt: NOW }, incoming({ updatedAt: NOW - 9 }))).toEqual({ kind: 'buried' });
    expect(decidePull({ deletedAt: NOW }, incoming({ updatedAt: NOW + 1 }))).toEqual({ kind: 'write' });
  });
});

describe('an erased pupil stays erased', () => {
  const erased = new Set(['p-1']);

  it('a record about them is dropped however new it is; one naming them is blanked', () => {
    expect(erasedOnArrival('pupils', { id: 'p-1', updatedAt: NOW + 1e9 }, erased)).toEqual({ kind: 'drop' });
    expect(erasedOnArrival('pupils', { id: 'p-3' }, erased)).toEqual({ kind: 'none' });
    expect(erasedOnArrival('recognitions', { ...words, updatedAt: NOW + 1e9 }, erased)).toEqual({
      kind: 'drop',
    });
    const noticer = { ...words, pupilId: 'p-3', noticedBy: { kind: 'pupil', pupilId: 'p-1' } };
    expect(erasedOnArrival('recognitions', noticer, erased)).toEqual({ kind: 'blank', pupilIds: ['p-1'] });
    expect(erasedOnArrival('recognitions', { ...words, pupilId: 'p-3' }, erased)).toEqual({ kind: 'none' });
    const whole = { ...words, pupilId: undefined, noticedBy: { kind: 'teacher' } };
    expect(erasedOnArrival('recognitions', whole, erased)).toEqual({ kind: 'none' });
  });

  it('a secret-friend round that has them as giver, receiver or absent is blanked', () => {
    const round = (over: Partial<FriendRound>) => ({
      id: 'fr',
      classId: 'c-1',
      draws: {},
      absent: [],
      ...over,
    });
    expect(erasedOnArrival('friendRounds', round({ draws: { 'p-1': 'p-2' } }), erased).kind).toBe('blank');
    expect(erasedOnArrival('friendRounds', round({ draws: { 'p-2': 'p-1' } }), erased).kind).toBe('blank');
    expect(erasedOnArrival('friendRounds', round({ absent: ['p-1'] }), erased).kind).toBe('blank');
    expect(erasedOnArrival('friendRounds', round({ draws: { 'p-2': 'p-3' } }), erased).kind).toBe('none');
  });

  it('covers every table the registry erases a pupil from', () => {
    const probe: Record<string, Record<string, unknown>> = {
      pupils: { id: 'p-1' },
      recognitions: { ...words },
      friendRounds: { draws: { 'p-1': 'p-2' }, absent: [] },
    };
    for (const t of PUPIL_TABLES) {
      expect(probe[t], `a probe record for ${t}`).toBeDefined();
      expect(erasedOnArrival(t as TableName, probe[t]!, erased).kind, t).not.toBe('none');
    }
  });

  it('the erased are the pupils with a tombstone', () => {
    expect(
      erasedPupils([
        { table: 'pupils', id: 'p-1', deletedAt: 1 },
        { table: 'recognitions', id: 'p-2', deletedAt: 1 },
      ]),
    ).toEqual(new Set(['p-1']));
    expect(erasedOnArrival('pupils', { id: 'p-1' }, new Set())).toEqual({ kind: 'none' });
  });
});

describe('taking pupils’ words from an inbox (append-only)', () => {
  const none = new Set<string>();

  it('takes new waiting words once, unchanged', () => {
    expect(intake({ ...words }, 'c-1', {}, none, NOW)).toEqual({ kind: 'take', record: words });
  });

  it('never overwrites: a recognition this device has (approved since) or deleted stays as it is', () => {
    expect(
      intake({ ...words }, 'c-1', { record: { ...words, status: 'approved' } as never }, none, NOW),
    ).toEqual({
      kind: 'already',
    });
    expect(intake({ ...words }, 'c-1', { deletedAt: NOW }, none, NOW)).toEqual({ kind: 'already' });
  });

  it('refuses anything but a pupil’s waiting words for this class', () => {
    const refused = (over: Record<string, unknown>, classId = 'c-1') =>
      intake({ ...words, ...over }, classId, {}, none, NOW).kind;
    expect(refused({ status: 'approved' })).toBe('refuse');
    expect(refused({ source: 'teacher' })).toBe('refuse');
    expect(refused({ noticedBy: { kind: 'teacher' } })).toBe('refuse');
    expect(refused({ decidedAt: NOW })).toBe('refuse');
    expect(refused({ originalText: 'x' })).toBe('refuse');
    expect(refused({ roundId: 'fr' })).toBe('refuse');
    expect(refused({}, 'c-2')).toBe('refuse');
    expect(intake({ ...words }, 'c-1', {}, new Set(['p-1']), NOW).kind).toBe('refuse');
  });

  it('a tablet clock far ahead is set to the time the words arrived', () => {
    const ahead = { ...words, createdAt: NOW + 2 * CLOCK_GRACE, updatedAt: NOW + 2 * CLOCK_GRACE };
    expect(intake(ahead, 'c-1', {}, none, NOW)).toEqual({
      kind: 'take',
      record: { ...words, createdAt: NOW, updatedAt: NOW },
    });
    const slightly = { ...words, createdAt: NOW + 1000, updatedAt: NOW + 1000 };
    expect(intake(slightly, 'c-1', {}, none, NOW)).toEqual({ kind: 'take', record: slightly });
  });
});

describe('clocks', () => {
  it('an edit is never dated before the one it replaces', () => {
    expect(nextUpdatedAt(NOW)).toBe(NOW);
    expect(nextUpdatedAt(NOW, NOW - 5)).toBe(NOW);
    expect(nextUpdatedAt(NOW, NOW)).toBe(NOW + 1);
    expect(nextUpdatedAt(NOW, NOW + 5000)).toBe(NOW + 5001);
  });

  it('a pulled record more than a day ahead is set to now and marked for pushing again', () => {
    expect(clampFuture({ updatedAt: NOW + 1000, createdAt: NOW }, NOW)).toEqual({
      record: { updatedAt: NOW + 1000, createdAt: NOW },
      changed: false,
    });
    expect(clampFuture({ updatedAt: NOW + 2 * CLOCK_GRACE, createdAt: NOW - 5 }, NOW)).toEqual({
      record: { updatedAt: NOW, createdAt: NOW - 5 },
      changed: true,
    });
    expect(clampFuture({ updatedAt: NOW + 10, createdAt: NOW + 2 * CLOCK_GRACE }, NOW)).toEqual({
      record: { updatedAt: NOW + 10, createdAt: NOW },
      changed: true,
    });
  });
});
