// The strength board in Chromium: the demo class on /board, cards changing by themselves and by
// keyboard/clicker, an approval made in another tab appearing live, 280 characters fitting at
// 1920x1080 and 1280x720, light and dark, and no axe violations.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, SHOTS, test } from './fixtures';

const card = (page: Page) => page.getByRole('article');
const cardText = (page: Page) => card(page).innerText();
/** Waits for the card's entrance animation to end (screenshots and contrast checks need the final look). */
const settled = (page: Page) =>
  card(page).evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)).then(() => undefined));

async function openDemoBoard(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Prøv en demoklasse' }).click();
  await expect(page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Styrketavla' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Styrketavla for Demoklassen 4B' }),
  ).toBeAttached();
  await expect(card(page)).toBeVisible();
}

/**
 * Approves one waiting recognition the way the moderation queue will (that screen is built in
 * parallel): a direct IndexedDB write from another tab, followed by the message Dexie itself
 * broadcasts to other tabs after a write, so the board's live query re-reads the database.
 */
function approveOneWaiting(): Promise<string> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('drommeklassen');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('recognitions', 'readwrite');
      const store = tx.objectStore('recognitions');
      const all = store.getAll();
      let text = '';
      all.onsuccess = () => {
        const r = all.result.find((x: { status: string }) => x.status === 'waiting');
        if (!r) return reject(new Error('no waiting recognition'));
        const now = Date.now();
        text = r.text;
        store.put({ ...r, status: 'approved', decidedAt: now, updatedAt: now });
      };
      tx.oncomplete = () => {
        db.close();
        const bc = new BroadcastChannel('x-storagemutated-1');
        bc.postMessage({ all: true });
        bc.close();
        resolve(text);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/** Adds one approved recognition for the only pupil of a class (a direct write before the board opens). */
function addApproved(args: { text: string }): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('drommeklassen');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['pupils', 'strengths', 'recognitions'], 'readwrite');
      const pupils = tx.objectStore('pupils').getAll();
      const strengths = tx.objectStore('strengths').getAll();
      strengths.onsuccess = () => {
        const pupil = pupils.result[0];
        const strength = strengths.result.find((s: { key?: string }) => s.key === 'perseverance');
        const now = Date.now() - 86_400_000;
        tx.objectStore('recognitions').put({
          id: crypto.randomUUID(),
          classId: pupil.classId,
          pupilId: pupil.id,
          strengthId: strength.id,
          text: args.text,
          noticedBy: { kind: 'adult', name: 'Assistent Margrethe Kristiansen' },
          source: 'teacher',
          status: 'approved',
          createdAt: now,
          updatedAt: now,
          decidedAt: now,
        });
      };
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  });
}

async function expectCardFits(page: Page) {
  const m = await card(page).evaluate((el) => {
    const box = el.getBoundingClientRect();
    const inner = [...el.querySelectorAll('p, h2, h3')].map((x) => x.getBoundingClientRect());
    return {
      scroll: el.scrollHeight,
      client: el.clientHeight,
      inside: inner.every(
        (r) => r.top >= box.top - 1 && r.bottom <= box.bottom + 1 && r.right <= box.right + 1,
      ),
      onScreen: box.bottom <= window.innerHeight && box.right <= window.innerWidth,
      textPx: Number.parseFloat(getComputedStyle(el.querySelector('.bc-text')!).fontSize),
    };
  });
  expect(m.scroll).toBeLessThanOrEqual(m.client);
  expect(m.inside).toBe(true);
  expect(m.onScreen).toBe(true);
  // Still readable from the back row: at least 24 px text.
  expect(m.textPx).toBeGreaterThanOrEqual(24);
}

test('demo class -> /board: cards change by themselves, with ArrowRight and PageDown, and an approval elsewhere appears live', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDemoBoard(page);
  await page.evaluate(() => {
    (window as unknown as { boardMarker: number }).boardMarker = 42;
  });

  // 5 seconds per card, chosen in the control bar; then it changes by itself.
  const interval = page.getByLabel('Tid per kort');
  await interval.selectOption('5');
  await interval.blur();
  const first = await cardText(page);
  await expect.poll(() => cardText(page), { timeout: 9_000, intervals: [250] }).not.toBe(first);

  for (const key of ['ArrowRight', 'PageDown']) {
    const before = await cardText(page);
    await page.keyboard.press(key);
    await expect.poll(() => cardText(page)).not.toBe(before);
  }
  const before = await cardText(page);
  await page.keyboard.press('PageUp');
  await expect.poll(() => cardText(page)).not.toBe(before);
  await page.keyboard.press('PageDown');
  await expect.poll(() => cardText(page)).toBe(before);

  // Pause with Space: nothing moves for longer than an interval.
  await page.keyboard.press(' ');
  await expect(page.getByRole('status')).toHaveText(/Tavla står på pause/);
  const paused = await cardText(page);
  await page.waitForTimeout(6_000);
  expect(await cardText(page)).toBe(paused);
  await page.keyboard.press(' ');
  await expect(page.getByRole('status')).toHaveCount(0);

  // A teacher approves a pupil's words in another tab: it joins the rotation without a reload.
  const other = await context.newPage();
  await other.goto('/');
  const approved = await other.evaluate(approveOneWaiting);
  await other.close();
  await page.keyboard.press(' '); // pause, so only the clicker moves the board now
  let found = false;
  for (let i = 0; i < 90 && !found; i++) {
    found = (await cardText(page)).includes(approved);
    if (!found) {
      await page.keyboard.press('PageDown');
      await page.waitForTimeout(30);
    }
  }
  expect(found, `"${approved}" reached the board`).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { boardMarker?: number }).boardMarker)).toBe(42);
});

test('the board: a 280-character text and a long name fit at 1920x1080 and 1280x720, light and dark', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByLabel('Navn på klassen').fill('6C');
  await page.getByRole('button', { name: 'Lag klassen' }).click();
  await expect(page.getByRole('heading', { name: '6C', level: 1 })).toBeVisible();
  // No recognitions yet: the friendly card.
  await page.getByLabel('Lim inn navn, ett per linje').fill('Maximiliana-Alexandrina Kristoffersen-Berg');
  await page.getByRole('button', { name: 'Legg til' }).click();
  await expect(page.getByRole('status')).toContainText('La til 1 elev.');
  await page.getByRole('link', { name: 'Styrketavla' }).click();
  await expect(page.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 720 });
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/board-empty-1280x720.png` });
  await expectNoAxeViolations(page);

  const text =
    'Holdt ut gjennom hele den lange turen opp til toppen selv om det regnet, beina var slitne og sekken var tung. ' +
    'Hjalp også to andre i gruppa med å finne stien igjen, delte matpakken sin og sang hele veien ned så alle fikk ' +
    'det litt lettere. Ga seg aldri, og smilte da alle kom i mål!';
  expect([...text].length).toBe(280);
  await page.evaluate(addApproved, { text });
  await page.reload();
  await expect(card(page)).toContainText('Ga seg aldri');
  for (const [w, h] of [
    [1920, 1080],
    [1280, 720],
  ] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: w, height: h });
      await page.mouse.move(w / 2, h / 2);
      await expect(card(page)).toContainText('Ga seg aldri');
      await settled(page);
      await page.waitForTimeout(100);
      await expectCardFits(page);
      await page.screenshot({ path: `${SHOTS}/board-280-${w}x${h}-${scheme}.png` });
    }
  }
  await expectNoAxeViolations(page);
});

test('the board has no axe violations on recognition, focus and dream cards, at both sizes', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openDemoBoard(page);
  await page.keyboard.press(' ');
  await settled(page);
  await page.screenshot({ path: `${SHOTS}/board-1920x1080.png` });
  await expectNoAxeViolations(page);
  const seen = new Set<string>();
  for (let i = 0; i < 12 && seen.size < 2; i++) {
    await page.keyboard.press('ArrowRight');
    await page.mouse.move(100 + i, 100);
    if (await page.getByRole('img', { name: 'Drømmetreet vårt' }).isVisible()) {
      if (!seen.has('dream')) {
        await settled(page);
        await page.screenshot({ path: `${SHOTS}/board-dream-1920x1080.png` });
        await expectNoAxeViolations(page);
      }
      seen.add('dream');
    } else if (
      (await cardText(page)).includes('UKAS STYRKE') ||
      (await cardText(page)).includes('Ukas styrke')
    ) {
      if (!seen.has('focus')) {
        await settled(page);
        await page.screenshot({ path: `${SHOTS}/board-focus-1920x1080.png` });
        await expectNoAxeViolations(page);
      }
      seen.add('focus');
    }
  }
  expect([...seen].sort()).toEqual(['dream', 'focus']);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('ArrowRight');
  await page.mouse.move(300, 300);
  await settled(page);
  await page.waitForTimeout(100);
  await expectCardFits(page);
  await page.screenshot({ path: `${SHOTS}/board-1280x720.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${SHOTS}/board-1280x720-dark.png` });
  await expectNoAxeViolations(page);
});

test('the board keeps its place and options across a reload, and respects reduced motion', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openDemoBoard(page);
  const interval = page.getByLabel('Tid per kort');
  await interval.selectOption('20');
  await interval.blur();
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  const shown = await cardText(page);
  expect(await card(page).evaluate((el) => el.getAnimations().length)).toBe(0);
  await page.waitForTimeout(1500); // the rotation is written at most once a second
  await page.reload();
  await expect.poll(() => cardText(page)).toBe(shown);
  await expect(page.getByLabel('Tid per kort')).toHaveValue('20');
  // Without ?class the board reopens the class it showed last.
  await page.goto('/board');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Styrketavla for Demoklassen 4B' }),
  ).toBeAttached();
  await expect.poll(() => cardText(page)).toBe(shown);
  // The way back to the class.
  await page.getByRole('button', { name: 'Til klassen' }).click();
  await expect(page.getByRole('heading', { name: /Demoklassen 4B/, level: 1 })).toBeVisible();
});

test('the control bar fits a 1024x768 tablet and a 1280x720 screen in every language: no word spills out of its button', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDemoBoard(page);
  const bar = page.getByRole('group', { name: /Styring av tavla|Board controls/ });
  const overflows = () =>
    bar.evaluate((el) => {
      const out: string[] = [];
      if (el.scrollWidth > el.clientWidth + 1) out.push(`bar ${el.scrollWidth} > ${el.clientWidth}`);
      for (const b of el.querySelectorAll<HTMLElement>('button, a, select')) {
        if (b.scrollWidth > b.clientWidth + 1)
          out.push(`${b.textContent?.trim()} ${b.scrollWidth} > ${b.clientWidth}`);
      }
      return out;
    });
  for (const lang of ['nb', 'nn', 'en']) {
    await page.evaluate((l) => localStorage.setItem('dk.lang', l), lang);
    for (const size of [
      { width: 1024, height: 768 },
      { width: 1280, height: 720 },
    ]) {
      await page.setViewportSize(size);
      await page.reload();
      await expect(card(page)).toBeVisible();
      await page.mouse.move(10, 10);
      expect(await overflows(), `${lang} ${size.width}`).toEqual([]);
    }
  }
  // The buttons keep their names for a screen reader where only the symbol shows.
  await expect(page.getByRole('button', { name: 'To the class' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/board-controls-1280-en.png` });
});
