// Issue 15's journey (docs/sync.md §5, §9.3, §12): one class on three devices through the test
// server. The teacher's laptop connects with the class connection file; the classroom PC (where the
// teacher approves, so a teacher device, with a PIN of its own) and a pupil tablet join by typed code.
// The laptop goes offline and works while the PC approves pupils' words; back online both hold the
// same records, nothing lost or doubled. A tablet pupil's words wait in the teachers' queues (never on
// a board or the tablet's other screens) until approved; the PC's board, never reloaded, shows them.
// The server holds no plaintext, in documents or the change feed; stopped and restarted while both
// teacher devices have unsent changes, the loop catches up by itself; a pupil erased on the laptop
// leaves every device and every body the server still hands out.
import { type BrowserContext, expect, type Locator, type Page, test } from '@playwright/test';
import type { ClassLink } from '../../src/sync/session';
import { serverBodies } from '../sync-server/bodies';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { createClass } from './classes';
import { connectWithFile, openClassNamed, openSettings, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('journey');
const DEVICE = sync.device;
const SHOTS = '/work/wt/shots';

const CLASS = 'Solsikkene';
const [EMMA, OLA, KASPARA] = ['Emmaline', 'Olavius', 'Kaspara'];
const PUPILS = [EMMA, OLA, KASPARA];
const PC_PIN = '2468';
const DREAM_BEFORE = 'Alle har noen å være med';
const DREAM_AFTER = 'Alle har noen å være med i friminuttet';
/** The laptop's, written offline: the second is about Kaspara, who is erased at the end. */
const LAPTOP_TEXTS = [
  'Ryddet hele hylla uten at noen ba om det',
  'Bar stolene for Emmaline uten å bli spurt',
];
/** Pupils' words in pupil mode on the classroom PC: [noticer, target, words]. */
const PC_WORDS: [string, string, string][] = [
  [OLA, EMMA, 'Hjalp meg med knuten på skoen'],
  [KASPARA, EMMA, 'Delte matpakka med meg i dag'],
];
const TABLET_WORDS = 'Ventet på meg da jeg var sist ut';
const WHILE_DOWN = { laptop: 'Leste høyt for hele gruppa', pc: 'Viste meg hvordan brøk virker' };
const NO_CONTACT = 'Ingen kontakt med serveren. Appen prøver igjen selv.';
/** Where the loop's backoff (5 s, 15 s, 1 min) or a busy machine sets the pace. */
const SLOW = { timeout: 150_000 };
const ROUND = { timeout: 60_000 };

test.describe.configure({ timeout: 900_000 });

const recent = (page: Page) => page.getByRole('list', { name: 'Styrker vi har sett' });
const pupilList = (page: Page) => page.getByRole('list', { name: 'Elever' });
const classStatus = (page: Page) =>
  sharing(page)
    .getByRole('region', { name: CLASS })
    .getByRole('status')
    .filter({ hasText: /Synkroniser|Ingen kontakt/ });

const openClass = (page: Page) => openClassNamed(page, CLASS);

async function openDreams(page: Page) {
  await openClass(page);
  await page.getByRole('link', { name: 'Klassens drøm' }).click();
  await page
    .getByRole('navigation', { name: 'Stegene i drømmen' })
    .getByRole('button', { name: /Drømmene/ })
    .click();
  return page.getByRole('list', { name: 'Drømmene' });
}

async function recognize(page: Page, pupil: string, text: string) {
  await page.getByRole('button', { name: 'Jeg så en styrke', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Jeg så en styrke' });
  await dialog.getByRole('checkbox', { name: pupil }).check();
  await dialog.getByRole('radio').first().check();
  await dialog.getByLabel('Hva så du?').fill(text);
  await dialog.getByRole('button', { name: 'Lagre', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Lagret.' })).toBeVisible();
  await expect(dialog).toHaveCount(0);
}

/** In pupil mode: `who` saw helpfulness in `target` and wrote `words`; back to «Hvem er du?». */
async function pupilSubmits(page: Page, who: string, target: string, words: string) {
  await page.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: who }).click();
  await page
    .getByRole('list', { name: 'Hvem så du en styrke hos?' })
    .getByRole('button', { name: target })
    .click();
  await page.getByRole('button', { name: 'Hjelpsomhet', exact: true }).click();
  await page.getByLabel('Skriv hva du så').fill(words);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { name: 'Takk!' })).toBeVisible();
  await page.getByRole('button', { name: 'Ferdig' }).click();
  await expect(page.getByRole('list', { name: 'Hvem er du?' })).toBeVisible();
}

/** Types a code into «Koble til med kode»; returns the form's region. */
async function typeCode(page: Page, code: string) {
  const form = sharing(page).getByRole('region', { name: 'Koble til med kode' });
  await form.getByLabel('Koden fra den andre maskinen').fill(code);
  await form.getByRole('button', { name: 'Koble til' }).click();
  return form;
}

async function offeredCode(offer: Locator): Promise<string> {
  const shown = offer.getByText(/^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/);
  await expect(shown).toBeVisible(ROUND);
  return (await shown.textContent())!;
}

/** A table of the device's database, read as it is (not through the app). */
function rows<T>(page: Page, table: string): Promise<T[]> {
  return page.evaluate(
    (t) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('drommeklassen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction(t, 'readonly').objectStore(t).getAll();
          req.onsuccess = () => {
            idb.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

interface Rec {
  id: string;
  text: string;
  status: string;
  pupilId?: string;
}
/** The class's recognitions and dream items, as `id status text` lines, sorted: equal sets by id. */
async function records(page: Page) {
  const recs = (await rows<Rec>(page, 'recognitions')).map((r) => `${r.id} ${r.status} ${r.text}`);
  const dream = (await rows<{ id: string; text: string }>(page, 'dreamItems')).map(
    (d) => `${d.id} ${d.text}`,
  );
  return { recognitions: recs.sort(), dream: dream.sort() };
}

/**
 * Turns the board with the clicker until it shows `text`; fails if it ever shows the tablet's
 * waiting words before they are approved.
 */
async function showOnBoard(board: Page, text: string, opts: { timeout: number }) {
  let leaked = false;
  await expect(async () => {
    if (text !== TABLET_WORDS && (await board.getByText(TABLET_WORDS).count())) leaked = true;
    if (!(await board.getByText(text).isVisible())) {
      await board.keyboard.press('PageDown');
      await expect(board.getByText(text)).toBeVisible({ timeout: 1000 });
    }
  }).toPass(opts);
  expect(leaked, 'the board showed the waiting words').toBe(false);
}

async function setPin(page: Page, pin: string) {
  await page.getByRole('link', { name: 'Innstillinger' }).click();
  const section = page.getByRole('region', { name: 'PIN-kode for læreren' });
  await section.getByRole('button', { name: 'Sett PIN-kode' }).click();
  await section.getByLabel('Ny PIN-kode (4 til 8 siffer)').fill(pin);
  await section.getByLabel('Skriv den nye PIN-koden en gang til').fill(pin);
  await section.getByRole('button', { name: 'Lagre' }).click();
  await expect(section.getByText('PIN-koden er lagret.')).toBeVisible();
  const box = section.getByRole('region', { name: 'Gjenopprettingskoden din' });
  await box.getByRole('button', { name: 'Jeg har tatt vare på koden' }).click();
}

test('laptop, classroom PC and pupil tablet: offline work converges, pupils’ words wait for approval, the server sees no plaintext, survives a restart, and an erased pupil leaves every device', async ({
  page: laptop,
  context: laptopCtx,
  browser,
}) => {
  const contexts: BrowserContext[] = [];
  // --- 1. The laptop connects with the file; the PC (teacher device) and the tablet join by code ---
  const classId = await createClass(laptop, { name: CLASS, pupils: PUPILS });
  const dreams = await openDreams(laptop);
  await laptop.getByLabel('Ny drøm').fill(DREAM_BEFORE);
  await laptop.getByLabel('Ny drøm').press('Enter');
  await expect(dreams.getByRole('listitem')).toHaveCount(1);

  const classL = await connectWithFile(laptop, sync, CLASS, { tablets: 1, screens: 0, teachers: 2 });

  await classL.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const pcCode = await offeredCode(classL.getByRole('region', { name: 'Kode for den andre lærermaskinen' }));
  const pcCtx = await browser.newContext({ ...DEVICE, viewport: { width: 1280, height: 800 } });
  contexts.push(pcCtx);
  const pc = await pcCtx.newPage();
  await pc.goto('/');
  await openSettings(pc);
  const pcForm = await typeCode(pc, pcCode);
  await expect(pcForm.getByRole('status')).toContainText(`Klassen ${CLASS} er på denne maskinen nå.`, ROUND);
  await expect(classL.getByText('Lærermaskin 2 er koblet til klassen.')).toBeVisible(ROUND);
  // The PC's own PIN: it stays on the PC (the laptop has none).
  await setPin(pc, PC_PIN);
  await expect(
    laptop
      .getByRole('region', { name: 'PIN-kode for læreren' })
      .getByRole('button', { name: 'Sett PIN-kode' }),
  ).toBeVisible();

  await classL.getByRole('button', { name: 'Legg til et elevbrett' }).click();
  const tabletCode = await offeredCode(classL.getByRole('region', { name: 'Kode for elevbrettet' }));
  const tabletCtx = await browser.newContext({ ...DEVICE, viewport: { width: 1024, height: 768 } });
  contexts.push(tabletCtx);
  const tablet = await tabletCtx.newPage();
  await tablet.goto('/');
  await openSettings(tablet);
  await typeCode(tablet, tabletCode);
  await expect(tablet).toHaveURL(`/pupil?class=${classId}`, ROUND);
  const whoTablet = tablet.getByRole('list', { name: 'Hvem er du?' });
  await expect(whoTablet.getByRole('button')).toHaveCount(3);

  // The PC has the class, the dream included.
  await openClass(pc);
  await expect(pupilList(pc).getByRole('listitem')).toHaveCount(3);
  await expect((await openDreams(pc)).getByRole('listitem')).toHaveText([new RegExp(DREAM_BEFORE)]);

  // --- 2. The laptop goes offline and works; pupils write on the PC, the teacher approves there ---
  await laptopCtx.setOffline(true);
  await openClass(laptop);
  await recognize(laptop, OLA, LAPTOP_TEXTS[0]!);
  await recognize(laptop, KASPARA, LAPTOP_TEXTS[1]!);
  const dreamsL = await openDreams(laptop);
  await dreamsL.getByRole('group', { name: DREAM_BEFORE }).getByRole('button', { name: 'Endre' }).click();
  await laptop.getByLabel('Endre teksten').fill(DREAM_AFTER);
  await dreamsL.getByRole('button', { name: 'Lagre' }).click();
  await expect(dreamsL.getByRole('listitem')).toHaveText([new RegExp(DREAM_AFTER)]);
  await openSettings(laptop);
  await expect(classStatus(laptop)).toContainText(NO_CONTACT, ROUND);

  await openClass(pc);
  await pc.getByRole('link', { name: /Elevmodus/ }).click();
  for (const [who, target, words] of PC_WORDS) await pupilSubmits(pc, who, target, words);
  await pc.getByRole('button', { name: 'Avslutt elevmodus' }).click();
  const pinDialog = pc.getByRole('dialog', { name: 'Lærerens PIN-kode' });
  await pinDialog.getByLabel('PIN-kode').fill(PC_PIN);
  await pinDialog.getByRole('button', { name: 'Lås opp' }).click();
  await expect(pc.getByRole('heading', { name: CLASS, level: 1 })).toBeVisible();
  await pc.getByRole('link', { name: 'Til godkjenning, 2 venter' }).click();
  for (const [who, target, words] of PC_WORDS) {
    const item = pc.getByRole('listitem', { name: `${who} så hjelpsomhet hos ${target}` });
    await expect(item).toContainText(words);
    await item.getByRole('button', { name: 'Godkjenn' }).click();
    await expect(item).toHaveCount(0);
  }
  await openClass(pc);
  await expect(pc.getByRole('link', { name: 'Til godkjenning, ingenting venter' })).toBeVisible();
  // The laptop, offline, has none of it yet.
  await openClass(laptop);
  for (const [, , words] of PC_WORDS) await expect(recent(laptop).getByText(words)).toHaveCount(0);

  // --- 3. Back online: both converge, each text once ---
  await laptopCtx.setOffline(false);
  const allTexts = [...LAPTOP_TEXTS, ...PC_WORDS.map((w) => w[2])];
  await openClass(pc);
  for (const p of [laptop, pc]) {
    for (const t of allTexts) await expect(recent(p).getByText(t, { exact: true })).toHaveCount(1, SLOW);
    await expect(recent(p).getByRole('listitem')).toHaveCount(allTexts.length);
    await expect(p.getByRole('link', { name: 'Til godkjenning, ingenting venter' })).toBeVisible();
  }
  for (const p of [laptop, pc]) {
    await expect((await openDreams(p)).getByRole('listitem')).toHaveText([new RegExp(DREAM_AFTER)], ROUND);
  }
  await expect
    .poll(async () => JSON.stringify(await records(pc)), ROUND)
    .toBe(JSON.stringify(await records(laptop)));
  const converged = await records(laptop);
  expect(converged.recognitions).toHaveLength(4);
  expect(converged.dream).toHaveLength(1);

  // --- 4. A pupil on the tablet: the queues show it, no board does, until the laptop approves ---
  await pupilSubmits(tablet, OLA, EMMA, TABLET_WORDS);
  // The tablet's loop sends it by itself (its inbox on the server has one document).
  await expect
    .poll(async () => {
      const scan = await scanServer(sync.server.url, sync.server.admin);
      return scan.databases
        .filter((d) => d.name.includes('-in-'))
        .flatMap((d) => d.docs)
        .filter((d) => !d._id.startsWith('_design/')).length;
    }, ROUND)
    .toBe(1);
  // The teacher devices take a tablet's inbox in their next round (its feed is not watched live):
  // «Synkroniser nå» on the laptop; the PC hears of it through main's live feed.
  await openSettings(laptop);
  await classL.getByRole('button', { name: 'Synkroniser nå' }).click();
  await openClass(laptop);
  await openClass(pc);
  for (const p of [laptop, pc]) {
    await p.getByRole('link', { name: 'Til godkjenning, 1 venter' }).click(ROUND);
    await expect(p.getByRole('listitem', { name: `${OLA} så hjelpsomhet hos ${EMMA}` })).toContainText(
      TABLET_WORDS,
    );
  }
  // The PC's board, in a tab of its own, opened now and never reloaded; the PIN locks the PC's
  // teacher tab meanwhile (not the laptop's).
  const board = await pcCtx.newPage();
  await board.goto(`/board?class=${classId}`);
  // The clicker (PageDown) turns the board through every approved recognition; never the waiting one.
  for (const t of allTexts) await showOnBoard(board, t, ROUND);
  await expect(pc.getByRole('heading', { name: 'Lærersidene er låst', level: 1 })).toBeVisible(ROUND);
  // The tablet's other screens: pupil mode, its home page, and a board (it has no shown data).
  await expect(tablet.getByText(TABLET_WORDS)).toHaveCount(0);
  const tabletOther = await tabletCtx.newPage();
  await tabletOther.goto('/');
  await expect(tabletOther.getByRole('heading', { name: 'Dette er et elevbrett', level: 1 })).toBeVisible();
  await expect(tabletOther.getByText(TABLET_WORDS)).toHaveCount(0);

  const item = laptop.getByRole('listitem', { name: `${OLA} så hjelpsomhet hos ${EMMA}` });
  await item.getByRole('button', { name: 'Godkjenn' }).click();
  await expect(laptop.getByRole('status')).toContainText('Godkjent.');
  // Live on the PC's board (the board turns to each new recognition as it arrives).
  await showOnBoard(board, TABLET_WORDS, SLOW);
  await tabletOther.goto(`/board?class=${classId}`);
  await expect(
    tabletOther
      .getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' })
      .or(tabletOther.getByRole('heading', { name: 'Dette er et elevbrett', level: 1 })),
  ).toBeVisible();
  await expect(tabletOther.getByText(TABLET_WORDS)).toHaveCount(0);
  await tabletOther.close();

  // --- 5. The server: no name, text, dream or class name in any document or the change feed ---
  const needles = [CLASS, ...PUPILS, ...allTexts, TABLET_WORDS, DREAM_BEFORE, DREAM_AFTER];
  const scan = await scanServer(sync.server.url, sync.server.admin);
  expect(scan.databases.some((d) => d.changes.some((c) => c.doc))).toBe(true);
  expect(findPlaintext(scan, needles)).toEqual([]);

  // --- 6. The server stops while both teacher devices have unsent changes, and comes back ---
  await pc.getByLabel('PIN-kode').fill(PC_PIN);
  await pc.getByRole('button', { name: 'Lås opp' }).click();
  await expect(pc.getByRole('heading', { name: 'Til godkjenning', level: 1 })).toBeVisible();
  await sync.server.stop();
  await openClass(laptop);
  await recognize(laptop, EMMA, WHILE_DOWN.laptop);
  await openClass(pc);
  await recognize(pc, OLA, WHILE_DOWN.pc);
  await openSettings(laptop);
  await expect(classStatus(laptop)).toContainText(NO_CONTACT, ROUND);
  await sync.server.restart();
  // No button: the loop retries by itself (backoff 5 s, 15 s, 1 min).
  await openClass(laptop);
  const finalTexts = [...allTexts, TABLET_WORDS, WHILE_DOWN.laptop, WHILE_DOWN.pc];
  // Each device's records: every text exactly once (the screen's list shows the newest six).
  for (const p of [laptop, pc]) {
    await expect
      .poll(async () => (await rows<Rec>(p, 'recognitions')).map((r) => r.text).sort(), SLOW)
      .toEqual(finalTexts.toSorted());
  }
  await expect(recent(laptop).getByText(WHILE_DOWN.pc, { exact: true })).toHaveCount(1);
  await expect(recent(pc).getByText(WHILE_DOWN.laptop, { exact: true })).toHaveCount(1);
  await expect
    .poll(async () => JSON.stringify(await records(pc)), ROUND)
    .toBe(JSON.stringify(await records(laptop)));
  expect((await records(laptop)).recognitions).toHaveLength(finalTexts.length);
  await openSettings(laptop);
  await expect(classStatus(laptop)).toContainText(/Synkronisert kl\. \d\d:\d\d/, SLOW);

  // --- 7. Kaspara erased on the laptop: gone from the PC, the tablet's roster and the server ---
  const kaspara = (await rows<{ id: string; firstName?: string; name?: string }>(laptop, 'pupils')).find(
    (p) => JSON.stringify(p).includes(KASPARA),
  )!.id;
  await laptop.goto('/privacy');
  await laptop.getByLabel('Elev', { exact: true }).selectOption({ label: KASPARA });
  await laptop.getByRole('button', { name: `Slett ${KASPARA} overalt` }).click();
  await laptop
    .getByRole('dialog')
    .getByRole('button', { name: `Slett ${KASPARA} overalt` })
    .click();
  await expect(laptop.getByRole('status').filter({ hasText: `${KASPARA} er slettet` })).toBeVisible();
  await openClass(laptop);
  await expect(pupilList(laptop).getByRole('listitem')).toHaveCount(2);
  await expect(recent(laptop).getByText(LAPTOP_TEXTS[1]!)).toHaveCount(0);

  await openClass(pc);
  await expect(pupilList(pc).getByText(KASPARA)).toHaveCount(0, SLOW);
  await expect(pupilList(pc).getByRole('listitem')).toHaveCount(2);
  await expect(recent(pc).getByText(LAPTOP_TEXTS[1]!)).toHaveCount(0);
  // The words she wrote stay, no longer hers.
  await expect(recent(pc).getByText(PC_WORDS[1]![2])).toHaveCount(1);
  await expect(whoTablet.getByRole('button', { name: KASPARA })).toHaveCount(0, SLOW);
  await expect(whoTablet.getByRole('button')).toHaveCount(2);
  for (const p of [laptop, pc, tablet]) {
    expect(JSON.stringify(await rows(p, 'pupils'))).not.toContain(KASPARA);
    expect(JSON.stringify(await rows(p, 'recognitions'))).not.toContain(kaspara);
  }

  // The server: no body it still hands out (leaf or old revision) names her, by name or id.
  const [link] = (await rows<{ key: string; value: ClassLink[] }>(laptop, 'settings')).find(
    (s) => s.key === 'device.sync.links',
  )!.value;
  await expect(async () => {
    const bodies = await serverBodies(sync.server, link!);
    expect([...bodies.keys()].some((n) => n.endsWith('-main'))).toBe(true);
    expect([...bodies.values()].flat().join('\n')).toContain(EMMA);
    for (const [name, list] of bodies) {
      expect(
        list.filter((b) => b.includes(kaspara) || b.includes(KASPARA)),
        name,
      ).toEqual([]);
    }
  }).toPass(SLOW);
  expect(findPlaintext(await scanServer(sync.server.url, sync.server.admin), needles)).toEqual([]);

  // --- The three devices, as they stand (the "ready offline" note put away) ---
  for (const p of [laptop, pc]) {
    const ok = p.getByRole('button', { name: 'OK', exact: true });
    if (await ok.isVisible()) await ok.click();
  }
  await openClass(laptop);
  await laptop.screenshot({ path: `${SHOTS}/journey-laptop.png`, animations: 'disabled' });
  await showOnBoard(board, TABLET_WORDS, ROUND);
  await board.screenshot({ path: `${SHOTS}/journey-pc-board.png`, animations: 'disabled' });
  await pc.screenshot({ path: `${SHOTS}/journey-pc.png`, animations: 'disabled' });
  await tablet.screenshot({ path: `${SHOTS}/journey-tablet.png`, animations: 'disabled' });
  for (const c of contexts) await c.close();
});
