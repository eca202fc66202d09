// Issue 16, items 4, 5 and 7: the board never names a secret friend (gift notes stay off it while
// the round runs, and after it unless the teacher shares them), the reveal hides itself, a round
// past its end asks for the ceremony; the dream tree and the printed poster hold every dream and
// principle (30 and 12); gift sheets two to a page, a blank one never signed with a name.
import { createClass } from './classes';
import { expect, test } from './fixtures';
import { pdfPageTexts } from './pdf-text';

const SHOTS = '/work/wt/shots';
const GIFT = 'hjalp vaktmesteren med å bære benker.';
const squash = (s: string) => s.replace(/\s+/g, '');

const isoDaysFromToday = (n: number) => {
  const d = new Date();
  d.setDate(d.getDate() + n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

test('secret friend: a gift note stays off the board while the round runs and after it unless shared; the reveal hides itself; a late round asks for the ceremony; gift sheets', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  // The page's clock runs on its own; the reveal's countdown is fast-forwarded, never waited for.
  await page.clock.install();
  const pupils = ['Aksel', 'Mohammed', 'Ida', 'Sofie'];
  const classId = await createClass(page, { name: '5A', pupils });

  // A round of this week, ending today.
  await page.getByRole('link', { name: 'Hemmelig venn' }).click();
  await page.getByLabel('Fra', { exact: true }).fill(isoDaysFromToday(-4));
  await page.getByLabel('Til', { exact: true }).fill(isoDaysFromToday(0));
  await page.getByRole('button', { name: 'Trekk hemmelige venner' }).click();
  // «Rundene» (the list on the start page) also contains «Runden»: wait for the round's own page.
  await expect(page).toHaveURL(/\/friend\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: /^Runden / })).toBeVisible();
  const roundUrl = page.url();
  await expect(page.getByText('Gavene i runden vises ikke på tavla mens runden pågår')).toBeVisible();
  await expect(page.getByText('Runden skulle vare til')).toHaveCount(0);
  await page.getByText('Trekningen (bare for deg)').click();
  const drew = (await page.getByText(/^Aksel trakk /).textContent()) ?? '';
  const friend = drew.replace('Aksel trakk ', '').trim();
  expect(pupils).toContain(friend);

  // The private reveal hides itself after a countdown the screen shows.
  await page.getByRole('link', { name: 'Vis trekningen på storskjermen' }).first().click();
  await page.getByRole('button', { name: 'Aksel', exact: true }).click();
  await page.getByRole('button', { name: 'Vis den hemmelige vennen min' }).click();
  await expect(page.locator('.friend-name')).toHaveText(friend);
  await expect(page.getByText('Skjules av seg selv om 15 s')).toBeVisible();
  await page.clock.runFor(5_000);
  await expect(page.getByText('Skjules av seg selv om 10 s')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/friendtree-reveal-countdown.png` });
  await page.clock.runFor(10_000);
  await expect(page.locator('.friend-name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Aksel/ })).toContainText('har sett');
  await page.getByRole('button', { name: /Lukk/ }).click();
  await expect(page).toHaveURL(roundUrl);

  // Aksel writes about his secret friend in pupil mode; the teacher approves it.
  await page.goto(`/pupil?class=${classId}`);
  await page.getByRole('list', { name: 'Hvem er du?' }).getByRole('button', { name: 'Aksel' }).click();
  await page
    .getByRole('list', { name: 'Hvem så du en styrke hos?' })
    .getByRole('button', { name: friend })
    .click();
  await page.getByRole('button', { name: 'Hjelpsomhet', exact: true }).click();
  await page.getByLabel('Skriv hva du så').fill(GIFT);
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(page.getByRole('heading', { name: 'Takk!' })).toBeVisible();
  await page.getByRole('button', { name: 'Avslutt elevmodus' }).click();
  await page.getByRole('link', { name: 'Til godkjenning, 1 venter' }).click();
  await page
    .getByRole('listitem', { name: `Aksel så hjelpsomhet hos ${friend}` })
    .getByRole('button', { name: 'Godkjenn' })
    .click();
  await expect(page.getByRole('status')).toContainText(`Godkjent som gave til ${friend}.`);

  // The board on the smartboard: the gift (and "Sett av Aksel") is not there.
  const board = await context.newPage();
  await board.setViewportSize({ width: 1280, height: 720 });
  await board.goto(`/board?class=${classId}`);
  await expect(
    board.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
  ).toBeVisible();
  await expect(board.getByText(GIFT)).toHaveCount(0);
  await expect(board.getByText('Sett av Aksel')).toHaveCount(0);

  // The teacher marks it as a gift; the board still does not show it.
  await page.goto(roundUrl);
  const note = page.locator('.tag-list li').filter({ hasText: GIFT });
  await expect(note).toContainText('Fra den hemmelige vennen');
  await note.getByRole('button', { name: 'Merk som gave' }).click();
  await expect(note).toContainText('Gave');
  await board.reload();
  await expect(
    board.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
  ).toBeVisible();
  await expect(board.getByText(GIFT)).toHaveCount(0);

  // Three days later the round is still open: the round screen asks for the ceremony or to finish.
  await page.clock.setSystemTime(Date.now() + 3 * 86_400_000);
  await page.reload();
  const late = page.getByRole('note').filter({ hasText: 'Runden skulle vare til' });
  await expect(late).toContainText('Hold seremonien, eller avslutt runden.');
  await expect(late.getByRole('link', { name: 'Start seremonien på storskjermen' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/friendtree-round-late.png`, fullPage: true });
  await page
    .getByRole('note')
    .filter({ hasText: 'Runden skulle vare til' })
    .getByRole('button', { name: 'Avslutt runden' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Avslutt runden' }).click();
  await expect(page.getByText('Avsluttet')).toBeVisible();
  await expect(page.getByText('Runden skulle vare til')).toHaveCount(0);
  const choice = page.getByRole('group', { name: 'Gavene på tavla' });
  await expect(choice.getByRole('radio', { name: 'Nei, bare i seremonien og på gavearkene' })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/friendtree-round-finished.png`, fullPage: true });
  // Finished, not shared: still off the board.
  await board.reload();
  await expect(
    board.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
  ).toBeVisible();
  await expect(board.getByText(GIFT)).toHaveCount(0);

  // The teacher shares the gifts: now the board shows it, live.
  await choice.getByRole('radio', { name: 'Ja, vis gavene på tavla også' }).check();
  await expect(
    page.getByRole('status').filter({ hasText: 'Gavene fra runden vises nå på tavla.' }),
  ).toBeVisible();
  await expect(board.getByText(GIFT)).toBeVisible();
  await expect(board.getByText('Sett av Aksel')).toBeVisible();

  // Gift sheets: four children on two pages; only the gift is signed, the blank sheets have lines.
  await page.getByRole('link', { name: 'Skriv ut gavearkene' }).click();
  await expect(page.getByRole('heading', { name: 'Gavearkene' })).toBeVisible();
  await expect(page.locator('.gift-sheet')).toHaveCount(4);
  const withGift = page.getByRole('article', { name: `En gave til ${friend}` });
  await expect(withGift).toContainText(GIFT);
  await expect(withGift).toContainText('Fra din hemmelige venn, Aksel');
  await expect(page.getByText(/Fra din hemmelige venn, /)).toHaveCount(1);
  await expect(page.getByText('Fra din hemmelige venn:')).toHaveCount(3);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const pages = pdfPageTexts(pdf);
  expect(pages).toHaveLength(2);
  // Two sheets on each page; the giver's name only under the one gift.
  for (const p of pages) expect(squash(p).match(/Engavetil/g) ?? []).toHaveLength(2);
  const all = squash(pages.join(''));
  expect(all).toContain(squash(GIFT));
  expect(all.match(/Fradinhemmeligevenn,/g) ?? []).toHaveLength(1);
  expect(all).toContain('Fradinhemmeligevenn,Aksel');
  await page.screenshot({ path: `${SHOTS}/friendtree-gift-sheets-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});

const DREAMS = [
  'Alle har noen å være med',
  'Vi hjelper hverandre å lære',
  'Det er rolig når vi jobber',
  'Vi gir aldri opp',
  'Alle tør å si noe i klassen',
  'Vi ler sammen',
  'Ingen blir ertet',
  'Vi venter på tur',
  'Vi sier hei til alle',
  'Vi rydder sammen',
  'Vi heier på hverandre',
  'Alle får være med å bestemme',
  'Vi lytter når noen snakker',
  'Vi deler med hverandre',
  'Vi er snille i friminuttet',
  'Vi tar vare på tingene våre',
  'Vi inviterer nye med',
  'Vi sier unnskyld',
  'Vi prøver nye ting',
  'Vi tåler å tape',
  'Vi gleder oss til skolen',
  'Alle blir sett hver dag',
  'Vi hjelper de yngste',
  'Vi er stolte av klassen',
  'Vi snakker pent om andre',
  'Vi lærer av feil',
  'Vi holder det vi lover',
  'Vi er gode venner',
  'Vi spiller på lag',
  'Vi har det gøy sammen',
];
const PRINCIPLES = [
  'Vi respekterer alle',
  'Vi inkluderer hverandre',
  'Vi er ærlige',
  'Vi hjelper',
  'Vi lytter',
  'Vi er snille',
  'Vi tar ansvar',
  'Vi viser omsorg',
  'Vi samarbeider',
  'Vi holder avtaler',
  'Vi er tålmodige',
  'Vi gir ros',
];

test('30 dreams and 12 principles: every one on the tree, full screen and on the printed A4 and A3 poster', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const classId = await createClass(page, { name: '5A', pupils: ['Ola', 'Kari'] });
  await page.goto(`/class/${classId}/dream?step=dream`);
  for (const d of DREAMS) {
    await page.getByLabel('Ny drøm').fill(d);
    await page.getByLabel('Ny drøm').press('Enter');
  }
  await expect(page.getByRole('list', { name: 'Drømmene' }).getByRole('listitem')).toHaveCount(30);
  await page
    .getByRole('navigation', { name: 'Stegene i drømmen' })
    .getByRole('button', { name: /Prinsippene/ })
    .click();
  for (const p of PRINCIPLES) {
    await page.getByLabel('Nytt prinsipp').fill(p);
    await page.getByRole('button', { name: 'Legg til' }).click();
  }
  await expect(page.getByRole('list', { name: 'Prinsippene' }).getByRole('listitem')).toHaveCount(12);
  const preview = page.getByRole('img', { name: 'Drømmetreet vårt' });
  await expect(preview.locator('.fruit')).toHaveCount(30);
  await expect(preview.locator('.root')).toHaveCount(12);

  // Full screen on the smartboard: every dream and principle, whole, no two fruits overlapping.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.getByRole('link', { name: 'Vis treet på storskjermen' }).click();
  const tree = page.getByRole('img', { name: 'Drømmetreet vårt' });
  await expect(tree.locator('.fruit')).toHaveCount(30);
  const texts = async (sel: string) =>
    tree.locator(sel).evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, '')));
  expect(await texts('.fruit text')).toEqual(DREAMS.map(squash));
  expect(await texts('.root text')).toEqual(PRINCIPLES.map(squash));
  const boxes = await tree.locator('.fruit circle').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2, r: r.width / 2 };
    }),
  );
  for (const [i, a] of boxes.entries())
    for (const b of boxes.slice(i + 1)) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(a.r + b.r);
  // Each dream's text stays inside its fruit on screen.
  const outside = await tree.locator('.fruit').evaluateAll(
    (gs) =>
      gs.filter((g) => {
        const c = g.querySelector('circle')!.getBoundingClientRect();
        const t = g.querySelector('text')!.getBoundingClientRect();
        return t.left < c.left || t.right > c.right || t.top < c.top || t.bottom > c.bottom;
      }).length,
  );
  expect(outside).toBe(0);
  await page.screenshot({ path: `${SHOTS}/friendtree-tree-30-fullscreen.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/friendtree-tree-30-fullscreen-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // The printed poster, A4 and A3: one page, and every text is in the PDF.
  await page.goto(`/class/${classId}/poster`);
  await expect(page.getByText(/for lang til å stå helt på treet/)).toHaveCount(0);
  for (const paper of ['A4', 'A3'] as const) {
    await page.getByLabel('Papirstørrelse').selectOption(paper);
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pages = pdfPageTexts(pdf);
    expect(pages, paper).toHaveLength(1);
    const text = squash(pages[0]!);
    for (const t of [...DREAMS, ...PRINCIPLES]) expect(text, `${paper}: ${t}`).toContain(squash(t));
  }
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1123, height: 794 });
  await expect(page.locator('.poster-sheet .fruit')).toHaveCount(30);
  await page.screenshot({ path: `${SHOTS}/friendtree-poster-30-print.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
});
