// Issue 5: the class dream and its tree (screen and print), the IRP timer on a fast clock,
// routines due today, and a secret-friend round from draw to ceremony.
import { expect, expectNoAxeViolations, SHOTS, test } from './fixtures';

async function newClass(page: import('@playwright/test').Page, names: string[]) {
  await page.goto('/');
  await page.getByLabel('Navn på klassen').fill('5A');
  await page.getByRole('button', { name: 'Lag klassen' }).click();
  await expect(page.getByRole('heading', { name: '5A', level: 1 })).toBeVisible();
  if (names.length) {
    await page.getByLabel('Lim inn navn, ett per linje').fill(names.join('\n'));
    await page.getByRole('button', { name: 'Legg til' }).click();
    await expect(page.getByRole('status')).toContainText(`La til ${names.length} elever.`);
  }
}

test('build a dream with three dreams and two principles; the tree shows them, full screen and as a poster', async ({
  page,
}) => {
  await newClass(page, []);
  await page.getByRole('link', { name: 'Klassens drøm' }).click();
  await expect(page.getByRole('heading', { name: 'Klassens drøm', level: 1 })).toBeVisible();

  await page
    .getByRole('textbox', { name: 'Fokusspørsmålet' })
    .fill('Hvordan lager vi en klasse der alle har det bra?');
  await page.getByRole('button', { name: 'Lagre spørsmålet' }).click();
  await expect(page.getByRole('status')).toHaveText('Spørsmålet er lagret.');

  await page
    .getByRole('navigation', { name: 'Stegene i drømmen' })
    .getByRole('button', { name: /Drømmene/ })
    .click();
  const dreams = ['Alle har noen å være med', 'Vi hjelper hverandre å lære', 'Det er rolig når vi jobber'];
  for (const d of dreams) {
    await page.getByLabel('Ny drøm').fill(d);
    await page.getByLabel('Ny drøm').press('Enter');
  }
  // An empty add says so and adds nothing.
  await page.getByRole('button', { name: 'Legg til' }).click();
  await expect(page.getByRole('alert')).toHaveText('Skriv noe først.');
  await expect(page.getByRole('list', { name: 'Drømmene' }).getByRole('listitem')).toHaveCount(3);

  await page
    .getByRole('navigation', { name: 'Stegene i drømmen' })
    .getByRole('button', { name: /Prinsippene/ })
    .click();
  for (const p of ['Vi respekterer alle', 'Vi inkluderer hverandre']) {
    await page.getByLabel('Nytt prinsipp').fill(p);
    await page.getByRole('button', { name: 'Legg til' }).click();
  }
  await expect(page.getByRole('list', { name: 'Prinsippene' }).getByRole('listitem')).toHaveCount(2);

  const tree = page.getByRole('img', { name: 'Drømmetreet vårt' });
  await expect(tree).toBeVisible();
  await expect(tree.locator('.fruit')).toHaveCount(3);
  await expect(tree.locator('.root')).toHaveCount(2);
  await expect(tree).toContainText('Vi hjelper');
  await expect(tree).toContainText('Vi inkluderer hverandre');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/dream-steps.png`, fullPage: true });

  // Roadmap: the first sub-goal becomes active; reaching it moves on to the next.
  await page
    .getByRole('navigation', { name: 'Stegene i drømmen' })
    .getByRole('button', { name: /Veikartet/ })
    .click();
  await page.getByLabel('Nytt delmål').fill('Alle blir spurt om å være med i friminuttet');
  await page.getByRole('button', { name: 'Legg til' }).click();
  await page.getByLabel('Nytt delmål').fill('Vi venter på tur');
  await page.getByRole('button', { name: 'Legg til' }).click();
  const roadmap = page.getByRole('list', { name: 'Veikartet' });
  await expect(roadmap.getByRole('listitem').first()).toContainText('Dette jobber vi med nå');
  await roadmap
    .getByRole('listitem')
    .first()
    .getByRole('button', { name: /Merk som nådd/ })
    .click();
  await roadmap.getByRole('listitem').first().getByRole('button', { name: 'Merk som nådd' }).click();
  await expect(roadmap.getByRole('listitem').first()).toContainText('Nådd');
  await expect(roadmap.getByRole('listitem').nth(1)).toContainText('Dette jobber vi med nå');

  // Full screen on the shared screen: no teacher navigation.
  await page.getByRole('link', { name: 'Vis treet på storskjermen' }).click();
  await expect(
    page.getByRole('heading', { name: 'Hvordan lager vi en klasse der alle har det bra?' }),
  ).toBeVisible();
  await expect(page.locator('header.topbar')).toHaveCount(0);
  await expect(page.locator('.fruit')).toHaveCount(3);
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.screenshot({ path: `${SHOTS}/dream-tree-fullscreen.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/dream-tree-fullscreen-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: /Lukk/ }).click();
  await expect(page.getByRole('heading', { name: 'Klassens drøm', level: 1 })).toBeVisible();

  // The poster fits one page, A4 and A3 landscape (A4 is 842 x 595 points, A3 1191 x 842).
  await page.getByRole('link', { name: 'Skriv ut som plakat' }).click();
  const pagesOf = (pdf: string) => (pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  await page.getByLabel('Papirstørrelse').selectOption('A4');
  const a4 = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  expect(pagesOf(a4)).toBe(1);
  expect(a4).toMatch(/MediaBox \[0 0 841\.\d+ 595\.\d+\]|MediaBox \[0 0 841\.\d+ 594\.\d+\]/);
  await page.getByLabel('Papirstørrelse').selectOption('A3');
  const a3 = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
  expect(pagesOf(a3)).toBe(1);
  expect(a3).toMatch(/MediaBox \[0 0 1191\.\d+ 841\.\d+\]/);
  // Print preview: the controls are gone, the poster alone remains.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Skriv ut' })).toBeHidden();
  await expect(page.locator('.poster-sheet .fruit')).toHaveCount(3);
  await page.screenshot({ path: `${SHOTS}/dream-tree-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

test('a scaling check-in against the active sub-goal is saved and shown in its history', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await page.getByRole('link', { name: 'Klassens drøm' }).click();
  await page.getByRole('link', { name: 'Skalering mot delmålet' }).click();
  await expect(page.getByText('Alle blir spurt om å være med i friminuttet.').first()).toBeVisible();
  await page.getByRole('button', { name: 'Lagre skaleringen' }).click();
  await expect(page.getByRole('status').last()).toHaveText(
    'Tell minst én plassering, eller velg én verdi for klassen.',
  );
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Én til på 3' }).click();
  await page.getByRole('button', { name: 'Én til på 4' }).click();
  await expect(page.getByText('3 på 3', { exact: true })).toBeVisible();
  await page.getByLabel('Hvem gikk foran?').fill('Sara og Emil');
  await page.getByLabel('Hva skal til for at vi kommer ett steg opp?').fill('Spørre flere');
  await page.getByRole('button', { name: 'Lagre skaleringen' }).click();
  await expect(page.getByText('Skaleringen er lagret.')).toBeVisible();
  const history = page.getByRole('list', { name: 'Tidligere skaleringer mot dette delmålet' });
  // The demo class's two earlier check-ins, and this one.
  await expect(history.getByRole('listitem')).toHaveCount(3);
  await expect(history).toContainText('Sara og Emil');
  await expect(history).toContainText('4 plasseringer');
  await expectNoAxeViolations(page);
});

test('the IRP timer runs through I, R and P on a fast clock, with pause and skip', async ({ page }) => {
  // The page's clock stands still unless the test moves it, so the countdown is exact.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00') });
  await page.goto('/timer?i=60&r=120&p=180&title=Ukas%20styrke&back=/');
  await expect(page.locator('header.topbar')).toHaveCount(0);
  const timer = page.getByRole('timer');
  const phase = page.locator('.irp-phase-name');
  // Pause only once the screen is there: Preact runs effects (and so lazy loading) on timers.
  await expect(timer).toHaveText('1:00');
  await page.clock.pauseAt(new Date('2026-11-23T09:00:10'));
  await page.getByRole('button', { name: /Start/ }).click();
  await expect(phase).toContainText('Individuelt');
  // The timer has really started (the button turned into Pause) before the clock moves.
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
  // Half a second past the boundary: the display ticks five times a second.
  await page.clock.runFor(30_500);
  await expect(timer).toHaveText('0:30');
  await page.getByRole('button', { name: /Pause/ }).click();
  await expect(page.getByRole('button', { name: /Fortsett/ })).toBeVisible();
  await page.clock.runFor(120_000);
  await expect(timer).toHaveText('0:30');
  await page.getByRole('button', { name: /Fortsett/ }).click();
  await expect(page.getByRole('button', { name: /Pause/ })).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(phase).toContainText('Relasjon – Snakk med en makker');
  await expect(timer).toHaveText('2:00');
  await expect(page.getByRole('listitem').filter({ hasText: 'Relasjon' })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await page.screenshot({ path: `${SHOTS}/irp-timer.png` });
  await page.clock.runFor(120_000);
  await expect(phase).toContainText('Plenum – Del med hele klassen');
  await expect(timer).toHaveText('3:00');
  await page.clock.runFor(90_000);
  await expect(timer).toHaveText('1:30');
  await page.getByRole('button', { name: /Neste del/ }).click();
  await expect(phase).toHaveText('Ferdig!');
  await expect(timer).toHaveText('0:00');
  // axe needs timers that run on their own.
  await page.clock.resume();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: /Lukk tidtakeren/ }).click();
  await expect(page.getByRole('heading', { name: 'Drømmeklassen', level: 1 })).toBeVisible();
});

test('routines: add from the library, see it due today, log it, and the overview counts it', async ({
  page,
}) => {
  // A Wednesday, so the daily noticing round (Monday-Friday) is due.
  await page.clock.setFixedTime(new Date('2026-11-25T10:00:00'));
  await newClass(page, ['Ola', 'Kari']);
  await page.getByRole('link', { name: 'Rutiner' }).click();
  await expect(page.getByText('Ingen rutiner står på planen i dag.')).toBeVisible();
  await page.getByRole('button', { name: 'Legg til «Dagens styrkerunde»' }).click();
  await page.getByRole('button', { name: 'Legg til «Ukas SMART-time»' }).click();
  await expect(page.getByRole('status').last()).toContainText('er lagt til');
  const today = page.locator('.today');
  await expect(today.getByText('Dagens styrkerunde')).toBeVisible();
  // Friday's lesson is not due on a Wednesday.
  await expect(today.getByText('Ukas SMART-time')).toHaveCount(0);

  // Edit the weekly lesson: every other week, Wednesdays; a bad time is refused.
  const card = page.locator('.routine-card').filter({ hasText: 'Ukas SMART-time' });
  await card.getByRole('button', { name: 'Endre' }).click();
  const editor = page.getByRole('form', { name: 'Endre «Ukas SMART-time»' });
  await editor.getByLabel('Navn').fill('Fredagstime');
  await editor.getByRole('checkbox', { name: 'onsdag' }).check();
  await editor.getByRole('checkbox', { name: 'Annenhver uke' }).check();
  await editor.getByRole('button', { name: 'Lagre rutinen' }).click();
  await expect(today.getByText('Fredagstime')).toBeVisible();

  const item = today.getByRole('listitem').filter({ hasText: 'Dagens styrkerunde' });
  const roundCard = page.locator('.routine-card').filter({ hasText: 'Dagens styrkerunde' });
  await expect(roundCard).toContainText('Neste gang: onsdag 25. november');
  await item.getByLabel('Notat').fill('Mange så hjelpsomhet');
  await item.getByRole('button', { name: 'Gjort' }).click();
  await expect(item).toContainText('Gjort i dag');
  // Done for today: the routine's next time is tomorrow.
  await expect(roundCard).toContainText('Neste gang: torsdag 26. november');
  await today
    .getByRole('listitem')
    .filter({ hasText: 'Fredagstime' })
    .getByRole('button', { name: 'Hoppet over' })
    .click();
  await expect(today).toContainText('Hoppet over i dag');
  const overview = page.locator('.kept-list');
  await expect(overview.getByRole('listitem').filter({ hasText: 'Dagens styrkerunde' })).toContainText(
    'Gjennomført 1 gang',
  );
  await page.getByText('Loggen').click();
  await expect(page.locator('.run-log')).toContainText('Mange så hjelpsomhet');
  await expectNoAxeViolations(page);
  await page.screenshot({ path: `${SHOTS}/routines.png`, fullPage: true });

  // The steps carry timers that open full screen.
  await item.getByRole('button', { name: 'Vis stegene' }).click();
  await item
    .getByRole('link', { name: /Start tidtakeren/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { name: 'Tenk på én du så' })).toBeVisible();
  await page.getByRole('button', { name: /Lukk tidtakeren/ }).click();

  // The class screen shows the same Today panel.
  await page.getByRole('link', { name: '← 5A' }).click();
  await expect(page.locator('.today-panel')).toContainText('Gjort i dag');
});

test('a secret-friend round: draw, private reveal, leave out and add back, tag a gift, finish and a ceremony with every pupil once', async ({
  page,
}) => {
  test.setTimeout(150_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(25);
  await page.getByRole('link', { name: 'Hemmelig venn' }).click();
  await page.getByText('Borte nå').click();
  await page.getByRole('checkbox', { name: 'Kari' }).check();
  await expect(page.getByText('24 elever er med')).toBeVisible();
  await page.getByRole('button', { name: 'Trekk hemmelige venner' }).click();
  await expect(page.getByRole('heading', { name: /^Runden / })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Med i runden' }).getByRole('listitem')).toHaveCount(24);

  // The private reveal: one pupil at a time; nobody else's friend is on screen.
  await page.getByRole('link', { name: 'Vis trekningen på storskjermen' }).click();
  await expect(page.locator('header.topbar')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Emma/ })).toBeVisible();
  await expect(page.locator('.friend-name')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Emma', exact: true }).click();
  await expect(page.getByText('Er du Emma?')).toBeVisible();
  await page.getByRole('button', { name: 'Vis den hemmelige vennen min' }).click();
  const friend = (await page.locator('.friend-name').textContent())?.trim();
  expect(friend).toBeTruthy();
  expect(friend).not.toBe('Emma');
  await page.screenshot({ path: `${SHOTS}/friend-reveal.png` });
  await page.getByRole('button', { name: 'Skjul og gå tilbake' }).click();
  await expect(page.locator('.friend-name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Emma/ })).toContainText('har sett');
  await page.getByRole('button', { name: /Lukk/ }).click();

  // Kari is back: she joins, and exactly one giver is told to look again.
  await page.getByRole('button', { name: 'Ta Kari med i runden' }).click();
  await expect(page.getByRole('status').first()).toContainText('har fått en ny hemmelig venn');
  await expect(page.getByRole('list', { name: 'Med i runden' }).getByRole('listitem')).toHaveCount(25);
  await page.getByRole('button', { name: /Alle har sett/ }).click();

  // A pupil writes about their secret friend (the noticing screens do this; here straight into the db).
  const written = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((res, rej) => {
      const r = indexedDB.open('drommeklassen');
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const all = <T>(store: string): Promise<T[]> =>
      new Promise((res) => {
        const q = db.transaction(store).objectStore(store).getAll();
        q.onsuccess = () => res(q.result as T[]);
      });
    const [round] = await all<{ id: string; classId: string; draws: Record<string, string> }>('friendRounds');
    const [strength] = await all<{ id: string }>('strengths');
    const giver = Object.keys(round!.draws)[0]!;
    const receiver = round!.draws[giver]!;
    const now = Date.now();
    await new Promise<void>((res, rej) => {
      const tx = db.transaction('recognitions', 'readwrite');
      tx.objectStore('recognitions').add({
        id: crypto.randomUUID(),
        classId: round!.classId,
        pupilId: receiver,
        strengthId: strength!.id,
        text: 'Delte blyantene sine med hele bordet.',
        noticedBy: { kind: 'pupil', pupilId: giver },
        source: 'pupil',
        status: 'approved',
        createdAt: now,
        updatedAt: now,
      });
      tx.oncomplete = () => res();
      tx.onerror = () => rej(tx.error);
    });
    return { receiver };
  });
  expect(written.receiver).toBeTruthy();
  await page.reload();
  const tagged = page.locator('.tag-list li').filter({ hasText: 'Delte blyantene' });
  await expect(tagged).toContainText('Fra den hemmelige vennen');
  await tagged.getByRole('button', { name: 'Merk som gave' }).click();
  await expect(tagged).toContainText('Gave');
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Avslutt runden' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Avslutt runden' }).click();
  await expect(page.getByText('Avsluttet')).toBeVisible();

  // The ceremony: every pupil exactly once, the gift on its receiver's card.
  await page.getByRole('link', { name: 'Start seremonien på storskjermen' }).click();
  await expect(page.locator('header.topbar')).toHaveCount(0);
  await page.getByRole('button', { name: 'Begynn' }).click();
  await expectNoAxeViolations(page);
  const seen: string[] = [];
  let giftShown = 0;
  for (let i = 0; i < 25; i++) {
    await expect(page.locator('.ceremony-progress')).toHaveText(`${i + 1} av 25`);
    const heading = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    seen.push(heading.replace('En gave til ', '').trim());
    if ((await page.getByText('Delte blyantene sine med hele bordet.').count()) > 0) {
      giftShown++;
      await page.screenshot({ path: `${SHOTS}/friend-ceremony.png` });
    }
    await page.keyboard.press('PageDown');
  }
  await expect(page.getByRole('heading', { name: /Alle har fått gaven sin/ })).toBeVisible();
  expect(new Set(seen).size).toBe(25);
  expect(seen).toContain('Kari');
  expect(giftShown).toBe(1);

  // One gift sheet per child, two to a page: no page mostly blank.
  await page.getByRole('button', { name: /Lukk/ }).click();
  await page.getByRole('link', { name: 'Skriv ut gavearkene' }).click();
  await expect(page.locator('.gift-sheet')).toHaveCount(25);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).toHaveLength(13);
});
