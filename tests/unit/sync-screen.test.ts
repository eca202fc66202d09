// @vitest-environment node
// A classroom screen joins by code (docs/sync.md §3.1, §5, §6.2), over HTTP against the test server
// seeded by server/setup.sh: the offer makes the screen slot a member (never an admin) of the roster,
// `shown` and its own inbox only; the screen pulls the class, its pupils, the catalogue and what
// `shown` holds (approved recognitions, the dream, routines, the board's settings) and is refused
// `main`; a waiting recognition and a running secret friend's gift note never reach it; its pupils'
// words go through its inbox to the teacher's queue and come back to its board once approved.
import { describe, expect, it, vi } from 'vitest';
import { saveBoardSettings } from '../../src/data/board';
import { getExtensionClass } from '../../src/data/board-publish';
import { boardSettingsKey } from '../../src/data/board-snapshot';
import type { DreamClassDB } from '../../src/data/db';
import { addDreamItem, listDream } from '../../src/data/dream';
import { setGiftsOnBoard, setRoundStatus, startRound, tagRecognition } from '../../src/data/friend-rounds';
import { listPupils } from '../../src/data/pupils';
import {
  addPupilRecognition,
  addTeacherRecognition,
  approveRecognition,
  listWaiting,
} from '../../src/data/recognitions';
import { addBlankRoutine, listRoutines } from '../../src/data/routines';
import { listStrengths } from '../../src/data/strengths';
import { watchServer } from '../../src/data/sync-class';
import { syncLinks } from '../../src/data/sync-connect';
import { joinByCode, offerScreenPairing } from '../../src/data/sync-pair';
import { DEFAULT_BOARD_SETTINGS } from '../../src/domain/board-snapshot';
import { on, round, setup, useSyncServer } from './helpers/sync-devices';

vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));

const CLASS_NAME = 'Solsikkene';
const EMMA = 'Emmaline';
const OLA = 'Olavius';
const IDA = 'Idunn';
const APPROVED = 'Bar benkene for vaktmesteren';
const WAITING = 'Delte matpakken sin';
const GIFT = 'Hemmelig venn: hjalp meg med lekser';
const SCREEN_WORDS = 'Hjalp meg med knuten på skoen';
const DREAM = 'Vi hjelper hverandre';

const sync = useSyncServer('screen');
const { device, http, adminLogin } = sync;

/** The teacher's laptop (one screen slot, one tablet slot), connected with the file. */
async function laptop() {
  const base = await sync.laptop(CLASS_NAME, [EMMA, OLA, IDA], { tablets: 1, screens: 1 });
  const screen = base.slots.find((s) => s.role === 'screen')!;
  return { ...base, screen };
}

/** The laptop offers a screen code; a new device joins with it. */
async function pairedScreen() {
  const base = await laptop();
  const offered = await on(base.A, () => offerScreenPairing(base.classId, setup));
  if (!offered.ok) throw new Error(offered.problem);
  const S = await device('screen');
  const joined = await on(S, () => joinByCode(offered.offer.code, sync.server.url, setup));
  return { ...base, S, offer: offered.offer, joined };
}

const texts = async (d: DreamClassDB) => (await d.recognitions.toArray()).map((r) => r.text).sort();

describe('a classroom screen', () => {
  it('the offer makes the screen slot a member (never an admin) of the roster, shown and its own inbox only', async () => {
    const { A, classId, syncId, screen } = await laptop();
    const offered = await on(A, () => offerScreenPairing(classId, setup));
    expect(offered).toMatchObject({ ok: true, offer: { user: screen.user } });
    for (const db of ['roster', 'shown', 'in-s1']) {
      const sec = (await http(adminLogin(), 'GET', `dk-${syncId}-${db}/_security`)).body as {
        admins: { names: string[] };
        members: { names: string[] };
      };
      expect(sec.members.names).toContain(screen.user);
      expect(sec.admins.names).not.toContain(screen.user);
    }
    for (const db of ['main', 'devices', 'in-p1']) {
      const sec = (await http(adminLogin(), 'GET', `dk-${syncId}-${db}/_security`)).body as {
        members: { names: string[] };
      };
      expect(sec.members.names).not.toContain(screen.user);
    }
    // The only screen slot has a code out: a second offer finds none free.
    expect(await on(A, () => offerScreenPairing(classId, setup))).toMatchObject({
      ok: false,
      problem: 'slots-full',
      teacherSlots: 1,
    });
  });

  it('joins by code, reads the roster and shown, and the server refuses it main, the devices and a tablet’s inbox', async () => {
    const { S, classId, syncId, screen, joined } = await pairedScreen();
    expect(joined).toEqual({ ok: true, classId, className: CLASS_NAME, role: 'screen' });
    // The companion extension on the screen shows this class (it has no teacher screen to choose one).
    expect(await on(S, getExtensionClass)).toBe(classId);
    const [link] = await on(S, syncLinks);
    expect(link).toMatchObject({ role: 'screen', user: screen.user, keys: { kind: 'dbs' } });
    // Its keys are the sub-keys of its own three databases, never the class keys.
    expect(Object.keys(link!.keys.kind === 'dbs' ? link!.keys.dbs : {}).sort()).toEqual(
      [`dk-${syncId}-in-s1`, `dk-${syncId}-roster`, `dk-${syncId}-shown`].sort(),
    );
    expect((await on(S, () => listPupils(classId))).map((p) => p.name).sort()).toEqual([EMMA, IDA, OLA]);
    expect((await on(S, listStrengths)).length).toBeGreaterThan(0);
    const login = { user: link!.user, password: link!.password };
    for (const db of ['main', 'devices', 'in-p1']) {
      expect([401, 403]).toContain((await http(login, 'GET', `dk-${syncId}-${db}/_all_docs`)).status);
    }
    for (const db of ['roster', 'shown', 'in-s1']) {
      expect((await http(login, 'GET', `dk-${syncId}-${db}/_all_docs`)).status).toBe(200);
    }
    // A member cannot write where teacher devices write.
    expect([401, 403]).toContain(
      (await http(login, 'PUT', `dk-${syncId}-shown/${'ab'.repeat(16)}`, { v: 1, k: 0, iv: 'x', c: 'y' }))
        .status,
    );
  });

  it('gets approved recognitions, the dream, routines and the board’s settings; never a waiting one or a running round’s gift note', async () => {
    const { A, S, classId } = await pairedScreen();
    const strengthId = (await on(A, listStrengths))[0]!.id;
    const [emma, ola, ida] = await on(A, () => listPupils(classId));
    await on(A, async () => {
      const approved = await addTeacherRecognition({
        classId,
        pupils: [emma!.id],
        strengthId,
        text: APPROVED,
        noticedBy: { kind: 'teacher' },
      });
      if (!approved.ok) throw new Error(approved.problem);
      const waiting = await addPupilRecognition({
        classId,
        pupilId: ola!.id,
        byPupilId: ida!.id,
        strengthId,
        text: WAITING,
        textOptional: false,
      });
      if (!waiting.ok) throw new Error(waiting.problem);
      const today = new Date().toLocaleDateString('sv-SE');
      const friends = await startRound(classId, { start: today, end: today, absent: [] }, 3);
      if (!friends.ok) throw new Error(friends.reason);
      const gift = await addPupilRecognition({
        classId,
        pupilId: emma!.id,
        byPupilId: ida!.id,
        strengthId,
        text: GIFT,
        textOptional: false,
      });
      if (!gift.ok) throw new Error(gift.problem);
      await approveRecognition(gift.id);
      await tagRecognition(gift.id, friends.round.id);
      await addDreamItem(classId, 'dream', DREAM);
      await addBlankRoutine(classId, 'Morgenmøte');
      await saveBoardSettings(classId, { ...DEFAULT_BOARD_SETTINGS, intervalSeconds: 17 });
    });
    await round(A, classId);
    await round(S, classId);
    expect(await texts(S)).toEqual([APPROVED]);
    const shown = (await S.recognitions.toArray())[0]!;
    expect(shown).toMatchObject({ status: 'approved', pupilId: emma!.id });
    expect(shown).not.toHaveProperty('batchId');
    expect((await on(S, () => listDream(classId))).map((d) => d.text)).toContain(DREAM);
    expect((await on(S, () => listRoutines(classId))).map((r) => r.name)).toEqual(['Morgenmøte']);
    expect((await S.settings.get(boardSettingsKey(classId)))?.value).toMatchObject({ intervalSeconds: 17 });
    expect(await S.friendRounds.count()).toBe(0);
    expect(await S.checkIns.count()).toBe(0);

    // The round is finished and its gifts shared: only now does the gift note reach the screen.
    const [roundId] = (await A.friendRounds.toArray()).map((r) => r.id);
    await on(A, async () => {
      await setRoundStatus(roundId!, 'finished');
      await setGiftsOnBoard(roundId!, true);
    });
    await round(A, classId);
    await round(S, classId);
    expect(await texts(S)).toEqual([APPROVED, GIFT].sort());
    expect(await texts(S)).not.toContain(WAITING);
  });

  it('a pupil’s words on the screen reach the teacher’s queue through its inbox, and its board once approved', async () => {
    const { A, S, classId, syncId } = await pairedScreen();
    const [emma, ola] = await on(S, () => listPupils(classId));
    const strengthId = (await on(S, listStrengths))[0]!.id;
    const saved = await on(S, () =>
      addPupilRecognition({
        classId,
        pupilId: emma!.id,
        byPupilId: ola!.id,
        strengthId,
        text: SCREEN_WORDS,
        textOptional: false,
      }),
    );
    if (!saved.ok) throw new Error(saved.problem);
    await round(S, classId);
    const inbox = (await http(adminLogin(), 'GET', `dk-${syncId}-in-s1/_all_docs?include_docs=true`)).body;
    // The pupil's words and the screen's hello of the day (written when it joined), both sealed.
    expect((inbox.rows as { id: string }[]).filter((r) => !r.id.startsWith('_design/'))).toHaveLength(2);
    expect(JSON.stringify(inbox)).not.toContain(SCREEN_WORDS);

    await round(A, classId);
    expect((await on(A, () => listWaiting(classId))).map((r) => [r.id, r.text])).toEqual([
      [saved.id, SCREEN_WORDS],
    ]);
    // Taken: the screen no longer holds the waiting words (its board never showed them).
    await round(S, classId);
    expect(await texts(S)).toEqual([]);

    await on(A, () => approveRecognition(saved.id));
    await round(A, classId);
    await round(S, classId);
    expect((await S.recognitions.toArray()).map((r) => [r.id, r.text, r.status])).toEqual([
      [saved.id, SCREEN_WORDS, 'approved'],
    ]);
    // The teacher's device holds it once.
    await round(A, classId);
    expect((await A.recognitions.toArray()).filter((r) => r.text === SCREEN_WORDS)).toHaveLength(1);
  });
  it('words approved before the teacher device deletes them from the inbox still reach the board', async () => {
    const { A, S, classId } = await pairedScreen();
    const [emma, ola] = await on(S, () => listPupils(classId));
    const strengthId = (await on(S, listStrengths))[0]!.id;
    const saved = await on(S, () =>
      addPupilRecognition({
        classId,
        pupilId: emma!.id,
        byPupilId: ola!.id,
        strengthId,
        text: SCREEN_WORDS,
        textOptional: false,
      }),
    );
    if (!saved.ok) throw new Error(saved.problem);
    await round(S, classId);
    // The round that takes the words in and deletes the inbox document runs a minute after the
    // approval's time (in the app: a later round, or this laptop's clock ahead of the screen's).
    const approvedAt = Date.now();
    const later = vi.spyOn(Date, 'now').mockReturnValue(approvedAt + 60_000);
    try {
      await round(A, classId);
    } finally {
      later.mockRestore();
    }
    await on(A, () => approveRecognition(saved.id));
    expect((await A.recognitions.get(saved.id))?.updatedAt).toBeLessThan(approvedAt + 60_000);
    await round(A, classId);
    await round(S, classId);
    await round(S, classId);
    expect((await S.recognitions.toArray()).map((r) => [r.id, r.status])).toEqual([[saved.id, 'approved']]);
  });

  it('the loop’s live feed wakes the screen when the teacher approves words (a change in shown only)', async () => {
    const { A, S, classId } = await pairedScreen();
    const woken = vi.fn();
    const lost = vi.fn();
    const close = await on(S, () => watchServer(classId, woken, lost, setup.pouch));
    expect(close).toBeTypeOf('function');
    try {
      const [emma] = await on(A, () => listPupils(classId));
      const strengthId = (await on(A, listStrengths))[0]!.id;
      const saved = await on(A, () =>
        addTeacherRecognition({
          classId,
          pupils: [emma!.id],
          strengthId,
          text: APPROVED,
          noticedBy: { kind: 'teacher' },
        }),
      );
      if (!saved.ok) throw new Error(saved.problem);
      await round(A, classId);
      await vi.waitFor(() => expect(woken).toHaveBeenCalled(), { timeout: 10_000 });
      expect(lost).not.toHaveBeenCalled();
    } finally {
      close?.();
    }
  });
});
