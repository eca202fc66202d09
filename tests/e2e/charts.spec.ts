// e2e: the strength charts of the demo class: class overview, period switch, one pupil with the
// examples behind a bar, the printable sheet (print media), nobody left out, check-ins, axe.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, SHOTS, test } from './fixtures';

function iso(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The last 60 days hold the whole demo (five weeks back from today) on any day of the year. */
async function chooseLast60Days(page: Page): Promise<void> {
  const today = new Date();
  await page.getByRole('button', { name: 'Velg datoer' }).click();
  await page
    .getByLabel('Fra', { exact: true })
    .fill(iso(new Date(today.getFullYear(), today.getMonth(), today.getDate() - 60)));
  await page.getByLabel('Til', { exact: true }).fill(iso(today));
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
}

async function openDemoCharts(page: Page): Promise<string> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Styrker over tid' }).click();
  await expect(page.getByRole('heading', { name: 'Styrker i Demoklassen 4B', level: 1 })).toBeVisible();
  return new URL(page.url()).pathname.split('/')[2]!;
}

test('class overview: strengths, week by week, focus and who noticed; switching period', async ({ page }) => {
  await openDemoCharts(page);
  await expect(page.locator('.period-label')).toContainText(/halvåret/);
  await chooseLast60Days(page);
  // All 70 approved demo recognitions (the 4 waiting never count).
  await expect(page.getByText(/^70 styrker sett i perioden/)).toBeVisible();
  const strengths = page.getByRole('group', { name: 'Styrker vi har sett i klassen i perioden' });
  await expect(strengths).toBeVisible();
  await expect(strengths.getByRole('img', { name: /Samarbeid: \d+ ganger/ })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Uke for uke' })).toBeVisible();
  await expect(
    page.getByText(/^Mens .*Samarbeid.* var i fokus, ble \d+ av \d+ styrker sett som fokusstyrken\./),
  ).toBeVisible();
  await expect(page.getByText(/^Voksne så \d+, elevene så \d+\./)).toBeVisible();

  // The data table behind a chart has the same numbers.
  await page.getByText('Vis som tabell').first().click();
  const table = page.getByRole('table', { name: 'Styrker vi har sett i klassen i perioden' });
  const sum = (await table.locator('tbody td').allInnerTexts()).reduce((a, b) => a + Number(b), 0);
  expect(sum).toBe(70);

  // Keyboard: one tab stop per chart, arrow keys move between the weeks.
  const weekly = page.getByRole('group', { name: 'Styrker over tid, per styrke' });
  await weekly.locator('[tabindex="0"]').focus();
  await page.keyboard.press('End');
  await expect(weekly.locator('[tabindex="0"]')).toBeFocused();
  await expect(weekly.locator('[tabindex="0"]')).toHaveAttribute('aria-label', /^Uke \d+/);

  // No public count per named child: no pupil name appears on the class overview.
  const text = await page.locator('main').innerText();
  for (const name of ['Emma', 'Noah', 'Kari', 'Mohammed']) expect(text).not.toContain(name);

  await page.screenshot({ path: `${SHOTS}/charts-class.png`, fullPage: true });
  await expectNoAxeViolations(page);
  // Print: the charts without the app's navigation and controls; dark mode stays readable and clean.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.chart-tabs')).toBeHidden();
  await expect(page.locator('.period-kinds')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/charts-class-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/charts-class-dark.png`, fullPage: true });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  await page.getByRole('button', { name: 'Denne uka' }).click();
  await expect(page).toHaveURL(/p=week/);
  await expect(page.locator('.period-label')).toContainText('Uke');
  await page.getByRole('button', { name: 'Forrige periode' }).click();
  await page.getByRole('button', { name: 'Dette skoleåret' }).click();
  await expect(page.locator('.period-label')).toContainText('Skoleåret');
  await expect(page.locator('[data-chart-ready="class"]')).toBeVisible();

  // A custom period far in the past has nothing in it, and says so kindly.
  await page.getByRole('button', { name: 'Velg datoer' }).click();
  await page.getByLabel('Fra', { exact: true }).fill('2020-01-01');
  await page.getByLabel('Til', { exact: true }).fill('2020-02-01');
  await page.getByRole('button', { name: 'Vis', exact: true }).click();
  await expect(page.getByText(/Ingen godkjente styrker i denne perioden/)).toBeVisible();
  // The period survives a reload (it lives in the address).
  await page.reload();
  await expect(page.getByText(/Ingen godkjente styrker i denne perioden/)).toBeVisible();
});

test('one pupil: the examples behind a bar, and the printable "My strengths" sheet', async ({ page }) => {
  await openDemoCharts(page);
  await chooseLast60Days(page);
  await page.getByRole('link', { name: /Hver elev/ }).click();
  await expect(page.getByRole('note')).toContainText('Bare for deg som lærer');
  await page.getByRole('link', { name: 'Emma', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Styrkene til Emma' })).toBeVisible();
  const bars = page.getByRole('group', { name: 'Styrkene til Emma i perioden' });
  const first = bars.getByRole('button').first();
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await first.click();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(page.getByRole('heading', { name: /^Dette ble sett:/ })).toBeVisible();
  await expect(page.locator('#pv-examples li').first()).toContainText('Sett av');
  // Keyboard: Enter on a bar opens its examples as well.
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Enter');
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await page.screenshot({ path: `${SHOTS}/charts-pupil.png`, fullPage: true });
  // Step to the next pupil in the class and back.
  await page.getByRole('link', { name: /^Neste elev: / }).click();
  await expect(page.getByRole('heading', { name: /^Styrkene til / })).not.toHaveText('Styrkene til Emma');
  await page.getByRole('link', { name: 'Forrige elev: Emma' }).click();
  await expect(page.getByRole('heading', { name: 'Styrkene til Emma' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Skriv ut «Mine styrker»' }).click();
  const sheet = page.locator('article.sheet');
  await expect(sheet.getByRole('heading', { name: 'Mine styrker', level: 1 })).toBeVisible();
  await expect(sheet).toContainText('Hei, Emma!');
  // No numbers on the sheet: nothing to compare.
  expect(await sheet.locator('.sheet-strengths').innerText()).not.toMatch(/\b\d+\b/);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.sheet-tools')).toBeHidden();
  await expect(page.locator('.topbar')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/charts-sheet-print.png`, fullPage: true });
  // One A4 page when printed.
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
  expect(pages).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // The pupil's language: English for this sheet.
  await page.getByLabel('Språk på arket').selectOption('en');
  await expect(sheet.getByRole('heading', { name: 'My strengths', level: 1 })).toBeVisible();
  await expect(sheet).toHaveAttribute('lang', 'en');
  await page.screenshot({ path: `${SHOTS}/charts-sheet-en.png`, fullPage: true });
});

test('the "My strengths" sheet stays one A4 page at its fullest (six strengths, long texts)', async ({
  page,
}) => {
  const classId = await openDemoCharts(page);
  const pupilId = await page.evaluate(async (cid) => {
    const open = indexedDB.open('drommeklassen');
    const idb: IDBDatabase = await new Promise((res) => {
      open.onsuccess = () => res(open.result);
    });
    const read = <T>(store: string, index: string, range: IDBKeyRange): Promise<T[]> =>
      new Promise((res) => {
        const req = idb.transaction(store).objectStore(store).index(index).getAll(range);
        req.onsuccess = () => res(req.result as T[]);
      });
    const pupils = await read<{ id: string; name: string }>(
      'pupils',
      '[classId+archived]',
      IDBKeyRange.only([cid, 0]),
    );
    const kari = pupils.find((p) => p.name === 'Kari')!;
    const strengths: { id: string }[] = await new Promise((res) => {
      const req = idb.transaction('strengths').objectStore('strengths').getAll();
      req.onsuccess = () => res(req.result);
    });
    const tx = idb.transaction('recognitions', 'readwrite');
    const long =
      'Hjalp en klassekamerat som satt alene i friminuttet, spurte om hun ville være med i leken, forklarte reglene tålmodig flere ganger, og passet på at alle fikk være med hele friminuttet, selv da noen andre ville bytte lag og det ble litt kaos på banen ved gymsalen. ';
    for (let i = 0; i < 14; i++) {
      const t = Date.now() - (i + 1) * 3_600_000;
      tx.objectStore('recognitions').add({
        id: crypto.randomUUID(),
        classId: cid,
        pupilId: kari.id,
        strengthId: strengths[i % 7]!.id,
        text: long.slice(0, 280),
        noticedBy: { kind: 'adult', name: 'Assistent Hansen-Johannessen' },
        source: 'teacher',
        status: 'approved',
        createdAt: t,
        updatedAt: t,
      });
    }
    await new Promise((res) => {
      tx.oncomplete = res;
    });
    idb.close();
    return kari.id;
  }, classId);
  await page.goto(`/class/${classId}/charts/pupils/${pupilId}/sheet`);
  const sheet = page.locator('article.sheet');
  await expect(sheet.locator('.sheet-strength')).toHaveCount(6);
  await page.emulateMedia({ media: 'print' });
  // A4 minus the 14 mm margins, in CSS pixels: the screenshot then shows the printed page.
  await page.setViewportSize({ width: 688, height: 1017 });
  await page.screenshot({ path: `${SHOTS}/charts-sheet-full-print.png`, fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBe(1);
});

test('nobody left out: an invitation, a gentle spread, never on the class overview', async ({ page }) => {
  await openDemoCharts(page);
  await page.getByRole('button', { name: 'Denne uka' }).click();
  await page.getByRole('link', { name: /Ingen utenfor/ }).click();
  await expect(page.getByRole('note')).toContainText('Ikke vis denne siden på storskjermen');
  await expect(
    page.getByRole('heading', { name: /Se etter styrkene til disse barna denne uka|Alle barna er sett/ }),
  ).toBeVisible();
  await expect(page.getByText(/av 25 barn er sett i perioden/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hvor jevnt styrkene er fordelt' })).toBeVisible();
  await expect(page.getByRole('group', { name: /Hvor mange barn som er sett/ })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/charts-noticed-week.png`, fullPage: true });
  await expectNoAxeViolations(page);
  // Over the demo's five weeks every pupil was noticed at least once.
  await chooseLast60Days(page);
  await expect(page.getByText('25 av 25 barn er sett i perioden.')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/charts-noticed-term.png`, fullPage: true });
});

test('check-ins over time per sub-goal, from records in the table', async ({ page }) => {
  const classId = await openDemoCharts(page);
  // The check-in screen is built elsewhere: put records straight into the app's database.
  await page.evaluate(async (cid) => {
    const open = indexedDB.open('drommeklassen');
    const idb: IDBDatabase = await new Promise((res, rej) => {
      open.onsuccess = () => res(open.result);
      open.onerror = () => rej(open.error);
    });
    const goals: { id: string; text: string; active?: boolean }[] = await new Promise((res) => {
      const req = idb
        .transaction('dreamItems')
        .objectStore('dreamItems')
        .index('[classId+kind]')
        .getAll(IDBKeyRange.only([cid, 'subgoal']));
      req.onsuccess = () => res(req.result);
    });
    goals.sort((a, b) => Number(b.active === true) - Number(a.active === true));
    const tx = idb.transaction('checkIns', 'readwrite');
    const today = new Date();
    const day = (back: number) => {
      const d = new Date(today.getFullYear(), today.getMonth(), today.getDate() - back);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    const counts = [
      [3, 9, 8, 4, 1],
      [1, 6, 10, 6, 2],
      [0, 3, 9, 9, 4],
      [0, 1, 6, 12, 6],
    ];
    counts.forEach((c, i) => {
      tx.objectStore('checkIns').add({
        id: crypto.randomUUID(),
        classId: cid,
        subgoalId: goals[0]!.id,
        date: day(21 - i * 7),
        counts: c,
        answers: { ledTheWay: '', liked: '', nextStep: '' },
        createdAt: Date.now(),
        updatedAt: Date.now(),
      });
    });
    tx.objectStore('checkIns').add({
      id: crypto.randomUUID(),
      classId: cid,
      subgoalId: goals[1]!.id,
      date: day(3),
      counts: [0, 0, 0, 0, 0],
      classValue: 2,
      answers: { ledTheWay: '', liked: '', nextStep: '' },
      createdAt: Date.now(),
      updatedAt: Date.now(),
    });
    await new Promise((res) => {
      tx.oncomplete = res;
    });
    idb.close();
  }, classId);
  await page.getByRole('link', { name: 'Skalering', exact: true }).click();
  await chooseLast60Days(page);
  const line = page.getByRole('group', { name: /^Skalering over tid: Alle blir spurt/ });
  await expect(line).toBeVisible();
  // The demo class's own two check-ins and the four added above.
  await expect(line.getByRole('img')).toHaveCount(6);
  await expect(line.getByRole('img').last()).toHaveAttribute('aria-label', /: 3,9 \(25 plasserte klassen\)$/);
  await expect(
    page.getByRole('group', { name: /^Skalering over tid: Vi rekker opp/ }).getByRole('img'),
  ).toHaveAttribute('aria-label', /: 2 \(klassen ble enige\)$/);
  await page.screenshot({ path: `${SHOTS}/charts-check-ins.png`, fullPage: true });
  await expectNoAxeViolations(page);
});

test('the chart code is not loaded by the home screen', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Klassene dine' })).toBeVisible();
  expect(scripts.some((s) => s.includes('ChartsScreen'))).toBe(false);
});
