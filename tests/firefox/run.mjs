// Firefox e2e journeys (`npm run test:firefox`): the built app (dist/) in Debian's firefox-esr, driven
// by puppeteer-core over WebDriver BiDi, headless. One Firefox for the whole run (starting it is the
// slow part); each app journey gets its own user context (fresh storage and service worker), and
// the extension journey runs in the default one. Nothing waits on the clock: every step awaits a
// state of the page. FIREFOX_SHOTS=<folder> saves screenshots; FIREFOX_DUMPIO=1 shows Firefox's
// output (the extension pages' console lands there).
// `npm run test:firefox` passes --test-force-exit: the sync journey's in-process test server
// (express-pouchdb) leaves timers behind after close(), which would keep the run from ending.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { findPlaintext, scanServer } from '../sync-server/scan.mjs';
import { addClass } from '../sync-server/setup.mjs';
import {
  buildExtension,
  EXT_ID,
  fileAppears,
  gotoExtensionPage,
  lap,
  launchFirefox,
  serviceWorkerInControl,
  startServer,
  startSyncApp,
  textAppears,
  watch,
  watchFirefoxOutput,
} from './harness.mjs';

/** Puppeteer's ARIA query: the accessible name (whole) and the role. */
const aria = (name, role) => `::-p-aria([name=${JSON.stringify(name)}][role="${role}"])`;
const SHOTS = process.env.FIREFOX_SHOTS;

let server;
let extension;
let browser;
let APP;
/** Everything that went wrong outside an assertion: foreign requests, console and page errors. */
const problems = [];
/** Origins besides APP the pages may reach: the sync journey's own app and its server. */
const others = [];
/** Where Firefox saves downloads (the safety backup taken when a class is connected). */
const downloads = mkdtempSync(join(tmpdir(), 'drommeklassen-firefox-downloads-'));
/** The sync journey's server and app: built while Firefox starts, awaited by that journey. */
let syncApp;

before(
  async () => {
    server = await startServer();
    APP = server.origin;
    lap(`vite preview on ${APP}`);
    // The sync journey's app is a build of its own (for its test server); it builds meanwhile.
    syncApp = startSyncApp().then((s) => {
      lap(`sync test server on ${s.server.url}, the app built for it on ${s.url}`);
      others.push(s.url, s.server.url);
      return s;
    });
    syncApp.catch(() => {}); // awaited (and reported) by the sync journey
    // The extension build and Firefox's start overlap: both are slow on a busy machine.
    [extension, browser] = await Promise.all([
      buildExtension(APP).then((e) => {
        lap('extension built for this origin');
        return e;
      }),
      launchFirefox({ downloads }).then((b) => {
        lap('Firefox started');
        return b;
      }),
    ]);
    watchFirefoxOutput(browser, problems);
    lap(await browser.version());
    assert.equal(await browser.installExtension(extension.dir), EXT_ID);
    lap('extension installed (temporary add-on)');
  },
  { timeout: 300_000 },
);

after(async () => {
  await browser?.close();
  await server?.stop();
  await (await syncApp?.catch(() => undefined))?.stop();
  extension?.remove();
  rmSync(downloads, { recursive: true, force: true });
  lap('done');
});

/**
 * A journey: a node:test test with a fresh page (in a fresh user context unless `defaultContext`),
 * and `newDevice()` for one more device (another fresh user context: its own storage, service
 * worker and locks). When it fails it says after which step and saves a screenshot of each page it
 * opened (into FIREFOX_SHOTS, or the temporary folder); then it closes them. It also fails on any
 * request to another origin, console error or page error.
 */
function journey(name, fn, { defaultContext = false } = {}) {
  test(name, { timeout: 600_000 }, async () => {
    const contexts = [];
    const pages = [];
    const device = (ctx) => ({
      newPage: async () => {
        const page = watch(await ctx.newPage(), APP, problems, others);
        pages.push(page);
        return page;
      },
      offline: (on) => setDeviceOffline(ctx, on),
    });
    const newDevice = async () => {
      const ctx = await browser.createBrowserContext();
      contexts.push(ctx);
      return device(ctx);
    };
    const first = defaultContext ? device(browser.defaultBrowserContext()) : await newDevice();
    let last = 'start';
    const step = (what) => {
      last = what;
      lap(`  ${what}`);
    };
    try {
      await fn({ newPage: first.newPage, offline: first.offline, newDevice, step });
      assert.deepEqual(problems.splice(0), [], 'requests to other origins, console errors or page errors');
    } catch (err) {
      const saved = [];
      for (const [i, p] of pages.entries()) {
        const path = `${SHOTS || tmpdir()}/firefox-failed-${i}.png`;
        await p.screenshot({ path }).then(
          () => saved.push(`${path} (${p.url()})`),
          (e) => saved.push(`no screenshot of ${p.url()}: ${e.message}`),
        );
      }
      err.message = `after step "${last}": ${err.message}\nproblems: ${problems.splice(0).join('; ') || 'none'}\nscreenshots: ${saved.join(', ') || 'none'}`;
      throw err;
    } finally {
      if (defaultContext) for (const p of pages) await p.close().catch(() => {});
      for (const ctx of contexts) await ctx.close().catch(() => {});
    }
  });
}

/**
 * Cuts (or gives back) one device's network: every tab of the user context, open or opened later,
 * as Playwright's context.setOffline does. BiDi's emulation.setNetworkConditions takes the user
 * context; fetches fail as offline and navigator.onLine turns false (Puppeteer's page.setOfflineMode
 * sends the same command for one tab only).
 */
function setDeviceOffline(ctx, on) {
  return browser.connection.send('emulation.setNetworkConditions', {
    networkConditions: on ? { type: 'offline' } : null,
    userContexts: [ctx.userContext.id],
  });
}

const shot = (page, name) => (SHOTS ? page.screenshot({ path: `${SHOTS}/firefox-${name}.png` }) : undefined);

/** Home -> "Prøv en demoklasse" -> the demo's class screen; returns its id. */
async function openDemoClass(page) {
  await page.goto(`${APP}/`);
  await page.locator(aria('Prøv en demoklasse', 'button')).click();
  await page.waitForFunction(() => location.pathname.startsWith('/class/'));
  await textAppears(page, /Demoklassen 4B/, 'main h1');
  return new URL(page.url()).pathname.split('/').pop();
}

/** The text of the board's one card. */
const cardText = (page) => page.$eval('article', (a) => a.innerText).catch(() => '');

/**
 * Presses a key and waits for the next card: the board renders every card it moves to as a new
 * <article> element (keyed by its place in the rotation), even when two cards read the same.
 */
async function pressForNextCard(page, key) {
  await page.$eval('article', (a) => {
    a.dataset.seen = 'yes';
  });
  await page.keyboard.press(key);
  await page.waitForFunction(() => {
    const a = document.querySelector('article');
    return a !== null && a.dataset.seen !== 'yes';
  });
  return cardText(page);
}

/** Steps the (paused) board with the clicker's PageDown until a card holds `words`. */
async function stepUntil(page, words, max = 100) {
  let text = await cardText(page);
  for (let i = 0; i < max && !text.includes(words); i++) text = await pressForNextCard(page, 'PageDown');
  if (!text.includes(words)) throw new Error(`"${words}" never reached the board in ${max} cards`);
  return text;
}

journey(
  'demo class -> pupil mode: a pupil notices a strength -> the teacher approves -> the board shows it',
  async ({ newPage, step }) => {
    const page = await newPage();
    const classId = await openDemoClass(page);
    step('demo class loaded');

    // The board on the "smartboard": a second tab, open from the start and paused, so only the
    // clicker moves it.
    const board = await newPage();
    await board.goto(`${APP}/board?class=${classId}`);
    await board.locator('article').wait();
    await board.keyboard.press(' ');
    await textAppears(board, /Tavla står på pause/);
    step('board open and paused');

    // Pupil mode, from the class screen: the first pupil noticed the second.
    await page.bringToFront();
    await page.locator(aria('Elevmodus', 'link')).click();
    await page.waitForFunction(() => location.pathname === '/pupil');
    const who = `${aria('Hvem er du?', 'list')} button`;
    await page.locator(who).wait();
    const pupil = await page.$eval(who, (b) => b.innerText.trim());
    await page.locator(who).click();
    const whom = `${aria('Hvem så du en styrke hos?', 'list')} button`;
    await page.locator(whom).wait();
    const seen = await page.$eval(whom, (b) => b.innerText.trim());
    assert.notEqual(seen, pupil);
    await page.locator(whom).click();
    await page.locator(aria(`Hvilken styrke viste ${seen}?`, 'heading')).wait();
    await page.locator(aria('Hjelpsomhet', 'button')).click();
    step(`pupil mode: ${pupil} chose ${seen} and a strength`);
    const words = `Hjalp meg med lua i Firefox ${Date.now()}`;
    await page.locator(aria('Skriv hva du så', 'textbox')).fill(words);
    await page.locator(aria('Send', 'button')).click();
    await page.locator(aria('Takk!', 'heading')).wait();
    step(`pupil mode: ${pupil} noticed ${seen}`);

    // The teacher approves it in the queue.
    await page.locator(aria('Avslutt elevmodus', 'button')).click();
    await textAppears(page, /Demoklassen 4B/, 'main h1');
    await page.locator('a::-p-text(Til godkjenning)').click();
    const item = aria(`${pupil} så hjelpsomhet hos ${seen}`, 'listitem');
    await page.locator(`${item} ${aria('Godkjenn', 'button')}`).click();
    await textAppears(page, /Godkjent\./, '[role="status"]');
    step('approved in the queue');

    // The board, never reloaded, has it in its rotation.
    await board.bringToFront();
    const card = await stepUntil(board, words);
    assert.match(card, new RegExp(seen));
    assert.match(card, /Hjelpsomhet/);
    await shot(board, 'board');
    step('on the board');
  },
);

journey(
  'offline: the service worker serves a reload and a deep link with the network cut',
  async ({ newPage, step }) => {
    const page = await newPage();
    await page.goto(`${APP}/`);
    await serviceWorkerInControl(page);
    step('service worker in control');
    const classId = await openDemoClass(page);

    await page.setOfflineMode(true);
    // The network is really cut: a file the service worker does not cache cannot be fetched.
    const reached = await page.evaluate(async () =>
      fetch(`/not-cached-${Date.now()}.txt`, { cache: 'no-store' }).then(
        () => true,
        () => false,
      ),
    );
    assert.equal(reached, false, 'the network is cut');
    assert.equal(await page.evaluate(() => navigator.onLine), false);
    step('offline');

    await page.reload();
    await textAppears(page, /Demoklassen 4B/, 'main h1');
    await page.locator(aria('Elevmodus', 'link')).wait();
    step('class screen reloaded offline');
    await page.goto(`${APP}/class/${classId}/routines`);
    await textAppears(page, /Rutiner/, 'main h1');
    await page.goto(`${APP}/settings`);
    await textAppears(page, /Innstillinger/, 'main h1');
    await shot(page, 'offline-settings');
    step('deep links offline');
    await page.setOfflineMode(false);
  },
);

/**
 * Waits until the element `selector` finds (a ::-p-aria query too) shows text matching `re`; returns
 * it. Says what the element showed if it never does.
 */
async function textIn(page, selector, re) {
  const el = await page.locator(selector).waitHandle();
  try {
    await page.waitForFunction((e, src) => new RegExp(src).test(e.innerText), {}, el, re.source);
  } catch (err) {
    const seen = await el.evaluate((e) => e.innerText).catch(() => '(gone)');
    err.message = `${re} never appeared in ${selector} on ${page.url()} (${err.message}); it shows: ${seen.replace(/\s+/g, ' ').slice(0, 300)}`;
    throw err;
  }
  return el;
}

/** A regular expression that matches `text` literally. */
const literally = (text) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** The settings' «Deling mellom maskiner» region, and a class's region inside it. */
const SHARING = aria('Deling mellom maskiner', 'region');
const classRegion = (name) => `${SHARING} ${aria(name, 'region')}`;
const CODE = /[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}/;

/** Home -> «Innstillinger»: the sharing region is there. */
async function openSettings(page) {
  await page.locator(aria('Innstillinger', 'link')).click();
  await page.locator(SHARING).wait();
}

/** Types a code into «Koble til med kode» and submits it. */
async function typeCode(page, code) {
  const form = `${SHARING} ${aria('Koble til med kode', 'region')}`;
  await page.locator(`${form} ${aria('Koden fra den andre maskinen', 'textbox')}`).fill(code);
  await page.locator(`${form} ${aria('Koble til', 'button')}`).click();
  return form;
}

/** Presses the class's «Legg til …» button and reads the code its offer region shows. */
async function offerCode(page, className, button, region) {
  await page.locator(`${classRegion(className)} ${aria(button, 'button')}`).click();
  const shown = await textIn(page, `${aria(region, 'region')} .pair-code`, CODE);
  return (await shown.evaluate((e) => e.innerText)).trim();
}

const KASPARA = 'Kaspara';
const DREAM_BEFORE = 'Alle har noen å være med';
const DREAM_AFTER = 'Alle har noen å være med i friminuttet';
/** Written on the laptop while it is offline; the second is about Kaspara, who is erased at the end. */
const LAPTOP_TEXTS = ['Ryddet hele hylla uten at noen ba om det', 'Bar stolene for Kari uten å bli spurt'];
/** Pupils' words written in pupil mode on the co-teacher's laptop meanwhile: [noticer, target, words]. */
const CO_WORDS = [
  ['Ola', 'Kari', 'Delte matpakka med meg i dag'],
  [KASPARA, 'Kari', 'Viste meg hvordan brøk virker'],
];
const WHILE_DOWN = { laptop: 'Leste høyt for hele gruppa', coTeacher: 'Fant ballen som var borte' };
const RECENT = aria('Styrker vi har sett', 'list');

/** Polls `check` (an async function that throws while the state is not there yet) until it passes. */
async function eventually(check, timeout = 150_000) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > end) throw err;
    }
    await new Promise((res) => setTimeout(res, 500));
  }
}

/** A table of the device's own database (IndexedDB `drommeklassen`), read as it is. */
function rows(page, table) {
  return page.evaluate(
    (t) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('drommeklassen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const req = idb.transaction(t, 'readonly').objectStore(t).getAll();
          req.onsuccess = () => {
            idb.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    table,
  );
}

/** The device's recognitions and dream items as `id status text` lines, sorted. */
async function records(page) {
  const recs = (await rows(page, 'recognitions')).map((r) => `${r.id} ${r.status} ${r.text}`);
  const dream = (await rows(page, 'dreamItems')).map((d) => `${d.id} ${d.text}`);
  return { recognitions: recs.sort(), dream: dream.sort() };
}

/** The texts of the device's recognitions, sorted (a text held twice shows twice). */
const texts = async (page) => (await rows(page, 'recognitions')).map((r) => r.text).sort();

/** How many items of the class screen's «Styrker vi har sett» show `text`. */
const shownTimes = (page, text) =>
  page.$$eval(`${RECENT} li`, (lis, t) => lis.filter((li) => li.innerText.includes(t)).length, text);

/** The class screen, by in-app links only (a page load while offline is not what a teacher does). */
async function openClassScreen(page, name) {
  await page.locator(aria('Hjem', 'link')).click();
  await page.locator(`main a::-p-text(${name})`).click();
  await textAppears(page, literally(name), 'main h1');
  await page.locator(RECENT).wait();
}

/** «Jeg så en styrke» on the class screen: the first strength, for one pupil, with `text`. */
async function recognize(page, pupil, text) {
  await page.locator(aria('Jeg så en styrke', 'button')).click();
  const dialog = aria('Jeg så en styrke', 'dialog');
  await page.locator(`${dialog} ${aria(pupil, 'checkbox')}`).click();
  await page.locator(`${dialog} input[type="radio"]`).click();
  await page.locator(`${dialog} ${aria('Hva så du?', 'textbox')}`).fill(text);
  await page.locator(`${dialog} ${aria('Lagre', 'button')}`).click();
  await page.waitForSelector(dialog, { hidden: true });
  await textIn(page, RECENT, literally(text));
}

/** In pupil mode: `who` saw helpfulness in `target` and wrote `words`; back to «Hvem er du?». */
async function pupilSubmits(page, who, target, words) {
  await page.locator(`${aria('Hvem er du?', 'list')} ${aria(who, 'button')}`).click();
  await page.locator(`${aria('Hvem så du en styrke hos?', 'list')} ${aria(target, 'button')}`).click();
  await page.locator(aria('Hjelpsomhet', 'button')).click();
  await page.locator(aria('Skriv hva du så', 'textbox')).fill(words);
  await page.locator(aria('Send', 'button')).click();
  await page.locator(aria('Takk!', 'heading')).wait();
  await page.locator(aria('Ferdig', 'button')).click();
  await page.locator(aria('Hvem er du?', 'list')).wait();
}

/**
 * The rest of the sync journey (issue 15, as the Chromium journey has it): the laptop works offline
 * while the co-teacher approves pupils' words, and both converge; the server stops and restarts
 * while both have unsent work, and the background loops deliver it; a pupil erased on the laptop
 * leaves the other devices and every body the server hands out; a removed tablet is refused.
 */
async function moreOfTheJourney({
  sync,
  laptop,
  classTab,
  coTeacher,
  tablet,
  offline,
  step,
  WORDS,
  classId,
}) {
  const CLASS = 'Solsikkene';
  // Offline or with the server down, Firefox reports each request the app tries as a page error
  // (a CORS failure with no status: no answer at all). Those, and only those, are expected here.
  const noAnswer = (p) =>
    p.includes(`remote resource at ${sync.server.url}/`) &&
    p.includes('(Reason: CORS request did not succeed). Status code: (null).');
  const forgiveNoAnswer = () => {
    const kept = problems.filter((p) => !noAnswer(p));
    problems.splice(0, problems.length, ...kept);
  };
  // --- The laptop goes offline and works: two recognitions and the dream's new words ---
  await offline(true);
  assert.equal(await classTab.evaluate(() => navigator.onLine), false);
  await classTab.bringToFront();
  await openClassScreen(classTab, CLASS);
  await recognize(classTab, 'Ola', LAPTOP_TEXTS[0]);
  await recognize(classTab, KASPARA, LAPTOP_TEXTS[1]);
  await classTab.locator(aria('Klassens drøm', 'link')).click();
  await classTab.locator(`${aria('Stegene i drømmen', 'navigation')} button::-p-text(Drømmene)`).click();
  await classTab.locator(`${aria(DREAM_BEFORE, 'group')} ${aria('Endre', 'button')}`).click();
  await classTab.locator(aria('Endre teksten', 'textbox')).fill(DREAM_AFTER);
  await classTab.locator(`${aria('Drømmene', 'list')} ${aria('Lagre', 'button')}`).click();
  await textIn(classTab, aria('Drømmene', 'list'), literally(DREAM_AFTER));
  await openClassScreen(classTab, CLASS);
  await laptop.bringToFront();
  await textIn(laptop, classRegion(CLASS), /Ingen kontakt med serveren\./);
  step('laptop offline: two recognitions and the dream edited; it says it has no contact');

  // The co-teacher: two pupils write in pupil mode, the teacher approves both.
  await coTeacher.bringToFront();
  await coTeacher.goto(`${sync.url}/class/${classId}`);
  await textAppears(coTeacher, literally(CLASS), 'main h1');
  await coTeacher.locator(aria('Elevmodus', 'link')).click();
  for (const [who, target, words] of CO_WORDS) await pupilSubmits(coTeacher, who, target, words);
  await coTeacher.locator(aria('Avslutt elevmodus', 'button')).click();
  await coTeacher.locator(aria('Til godkjenning, 2 venter', 'link')).click();
  for (const [who, target, words] of CO_WORDS) {
    const item = aria(`${who} så hjelpsomhet hos ${target}`, 'listitem');
    await textIn(coTeacher, item, literally(words));
    await coTeacher.locator(`${item} ${aria('Godkjenn', 'button')}`).click();
    await coTeacher.waitForSelector(item, { hidden: true });
  }
  for (const [, , words] of CO_WORDS) assert.equal(await shownTimes(classTab, words), 0);
  step('co-teacher: two pupils wrote in pupil mode, both approved; the offline laptop has neither');

  // Back online: both converge, every text exactly once, the same records on both.
  await offline(false);
  const allTexts = [WORDS, ...LAPTOP_TEXTS, ...CO_WORDS.map((w) => w[2])].sort();
  await coTeacher.locator(aria('Hjem', 'link')).click();
  await openClassScreen(coTeacher, CLASS);
  for (const page of [classTab, coTeacher]) {
    await eventually(async () => {
      assert.deepEqual(await texts(page), allTexts);
      for (const t of allTexts) assert.equal(await shownTimes(page, t), 1, `${t} shown once`);
    });
    await page.locator(aria('Til godkjenning, ingenting venter', 'link')).wait();
  }
  await eventually(async () => assert.deepEqual(await records(coTeacher), await records(classTab)), 60_000);
  const converged = await records(classTab);
  assert.equal(converged.recognitions.length, allTexts.length);
  assert.deepEqual(
    converged.dream.map((d) => d.split(' ').slice(1).join(' ')),
    [DREAM_AFTER],
  );
  forgiveNoAnswer();
  step(`back online: both hold the same ${allTexts.length} recognitions (each once) and the edited dream`);

  // --- The server stops while both teacher devices write, and comes back ---
  // Short: each failed round backs off longer (5 s, 15 s, 1 min, then 5 min), so both write at once.
  await classTab.bringToFront();
  await sync.server.stop();
  await Promise.all([
    recognize(classTab, 'Kari', WHILE_DOWN.laptop),
    recognize(coTeacher, 'Ola', WHILE_DOWN.coTeacher),
  ]);
  await textIn(laptop, classRegion(CLASS), /Ingen kontakt med serveren\./);
  step('server stopped; each teacher device wrote one recognition; the laptop says it has no contact');
  await sync.server.restart();
  // No button: each device's loop retries by itself (backoff 5 s, 15 s, 1 min).
  const finalTexts = [...allTexts, WHILE_DOWN.laptop, WHILE_DOWN.coTeacher].sort();
  for (const page of [classTab, coTeacher])
    await eventually(async () => assert.deepEqual(await texts(page), finalTexts));
  await eventually(async () => {
    assert.equal(await shownTimes(classTab, WHILE_DOWN.coTeacher), 1);
    assert.equal(await shownTimes(coTeacher, WHILE_DOWN.laptop), 1);
  }, 30_000);
  await eventually(async () => assert.deepEqual(await records(coTeacher), await records(classTab)), 60_000);
  await textIn(laptop, classRegion(CLASS), /Synkronisert kl\. \d\d:\d\d/);
  forgiveNoAnswer();
  step('server back: each device has the other’s recognition once, by the background loops alone');

  // --- Kaspara erased on the laptop: gone from the co-teacher, the tablet and the server ---
  const kaspara = (await rows(classTab, 'pupils')).find((p) => JSON.stringify(p).includes(KASPARA)).id;
  await laptop.goto(`${sync.url}/privacy`);
  const select = await laptop.locator(aria('Elev', 'combobox')).waitHandle();
  const value = await select.evaluate(
    (el, name) => [...el.options].find((o) => o.textContent.trim() === name)?.value,
    KASPARA,
  );
  await select.select(value);
  await laptop.locator(`main ${aria(`Slett ${KASPARA} overalt`, 'button')}`).click();
  await laptop.locator(`dialog ${aria(`Slett ${KASPARA} overalt`, 'button')}`).click();
  await textAppears(laptop, literally(`${KASPARA} er slettet`));
  step('laptop: Kaspara erased');

  await coTeacher.bringToFront();
  await eventually(async () => {
    const list = await coTeacher.$eval(aria('Elever', 'list'), (l) => l.innerText);
    assert.doesNotMatch(list, literally(KASPARA));
    assert.equal(await shownTimes(coTeacher, LAPTOP_TEXTS[1]), 0);
  });
  // The words she wrote stay, no longer hers.
  assert.equal(await shownTimes(coTeacher, CO_WORDS[1][2]), 1);
  await tablet.bringToFront();
  await tablet.goto(`${sync.url}/pupil?class=${classId}`);
  await eventually(async () => {
    const names = await tablet.$$eval(`${aria('Hvem er du?', 'list')} button`, (bs) =>
      bs.map((b) => b.innerText.trim()),
    );
    assert.deepEqual(names.sort(), ['Kari', 'Ola']);
  });
  for (const page of [classTab, coTeacher, tablet]) {
    assert.doesNotMatch(JSON.stringify(await rows(page, 'pupils')), literally(KASPARA));
    assert.doesNotMatch(JSON.stringify(await rows(page, 'recognitions')), literally(kaspara));
  }
  step(
    'Kaspara gone from the co-teacher’s class screen, the tablet’s pupil mode and every device’s database',
  );

  // Every body the server still hands out (leaf or old revision), decrypted with the class keys.
  const { serverBodies } = await loadBodies();
  const [link] = (await rows(classTab, 'settings')).find((s) => s.key === 'device.sync.links').value;
  await eventually(async () => {
    const bodies = await serverBodies(sync.server, link);
    assert.ok([...bodies.keys()].some((n) => n.endsWith('-main')));
    assert.match([...bodies.values()].flat().join('\n'), /Kari/);
    for (const [name, list] of bodies)
      assert.deepEqual(
        list.filter((b) => b.includes(kaspara) || b.includes(KASPARA)),
        [],
        name,
      );
  });
  const needles = [CLASS, 'Kari', 'Ola', KASPARA, ...finalTexts, DREAM_BEFORE, DREAM_AFTER];
  assert.deepEqual(findPlaintext(await scanServer(sync.server.url, sync.server.admin), needles), []);
  step('the server hands out no body that names Kaspara; no plaintext');

  // --- The tablet removed on the laptop: its next send is refused ---
  await laptop.bringToFront();
  await laptop.goto(`${sync.url}/settings`);
  const devices = `${SHARING} ${aria('Maskiner i klassen', 'region')}`;
  const remove = await laptop.locator(`${devices} button[aria-label^="Fjern Elevbrett"]`).waitHandle();
  const label = (await remove.evaluate((b) => b.getAttribute('aria-label'))).replace(/^Fjern /, '');
  await remove.click();
  await laptop.locator(`dialog ${aria(`Fjern ${label}`, 'button')}`).click();
  await textIn(laptop, devices, literally(`${label} er fjernet fra klassen.`));
  await tablet.bringToFront();
  await tablet.goto(`${sync.url}/`);
  await tablet.locator(aria('Send elevenes ord nå', 'button')).click();
  await textAppears(
    tablet,
    /Serveren slipper ikke denne maskinen inn lenger\. Den kan være tatt ut av klassen\./,
  );
  // …and offers the form for the teacher's new code (docs/sync.md §7).
  await textAppears(tablet, /Koble til igjen med en ny kode/);
  await shot(tablet, 'sync-tablet-refused');
  step(`${label} removed on the laptop; its «Send elevenes ord nå» is refused, the new-code form shown`);
}

/** tests/sync-server/bodies.ts (TypeScript, shared with the Chromium journey), through Vite's module runner. */
async function loadBodies() {
  const { runnerImport } = await import('vite');
  const { module } = await runnerImport(new URL('../sync-server/bodies.ts', import.meta.url).pathname, {
    configFile: false,
    logLevel: 'error',
  });
  return module;
}

journey(
  'sync: a teacher laptop connects a class by its file; a pupil tablet and a co-teacher laptop join by code; a pupil’s words reach the queue, approved reach both boards; offline work and a server restart converge; an erased pupil and a removed tablet; the server holds no plaintext',
  async ({ newPage, offline, newDevice, step }) => {
    const sync = await syncApp;
    const SYNC = sync.url;
    const CLASS = 'Solsikkene';
    const PUPILS = ['Kari', 'Ola', KASPARA];
    const WORDS = `Hjalp meg med knuten på skoen i Firefox ${Date.now()}`;
    const file = await addClass(sync.server, { tablets: 1, screens: 0, teachers: 2 });
    const connection = join(sync.dir, 'tilkobling.json');
    writeFileSync(connection, JSON.stringify(file));
    step('a class on the test server (setup.sh add-class)');

    // The teacher's laptop makes the class.
    const laptop = await newPage();
    await laptop.goto(`${SYNC}/`);
    await laptop.locator(aria('Navn på klassen', 'textbox')).fill(CLASS);
    await laptop.locator(aria('Lag klassen', 'button')).click();
    await textAppears(laptop, literally(CLASS), 'main h1');
    await laptop.locator(aria('Lim inn navn, ett per linje', 'textbox')).fill(PUPILS.join('\n'));
    await laptop.locator(aria('Legg til', 'button')).click();
    for (const name of PUPILS) await textIn(laptop, aria('Elever', 'list'), literally(name));
    const classId = new URL(laptop.url()).pathname.split('/').pop();
    // The class's dream, edited offline later on.
    await laptop.locator(aria('Klassens drøm', 'link')).click();
    await laptop.locator(`${aria('Stegene i drømmen', 'navigation')} button::-p-text(Drømmene)`).click();
    await laptop.locator(aria('Ny drøm', 'textbox')).fill(DREAM_BEFORE);
    await laptop.keyboard.press('Enter');
    await textIn(laptop, aria('Drømmene', 'list'), literally(DREAM_BEFORE));
    await laptop.goto(`${SYNC}/`);
    step('laptop: class and its dream made');

    // It connects the class with the connection file: a safety backup is downloaded first, then the
    // first round (PouchDB's idb adapter, Web Crypto, the CSP letting the server in) ends synced.
    await openSettings(laptop);
    const input = await laptop.locator(`${classRegion(CLASS)} input[type="file"]`).waitHandle();
    await input.uploadFile(connection);
    const connected = await textIn(laptop, classRegion(CLASS), /Synkronisert kl\. \d\d:\d\d/);
    const backup = await fileAppears(downloads, /^drommeklassen-sikkerhet-for-deling.*\.json$/);
    await connected.scrollIntoView();
    await shot(laptop, 'sync-connected');
    step(`laptop: connected and synced; safety backup ${backup} downloaded`);

    // A co-teacher's laptop joins by the code the first one shows.
    const teacherCode = await offerCode(
      laptop,
      CLASS,
      'Legg til en lærermaskin',
      'Kode for den andre lærermaskinen',
    );
    const coTeacher = await (await newDevice()).newPage();
    await coTeacher.goto(`${SYNC}/`);
    await openSettings(coTeacher);
    await textIn(coTeacher, SHARING, /Lag en klasse først/);
    const joinForm = await typeCode(coTeacher, teacherCode);
    await textIn(
      coTeacher,
      `${joinForm} [role="status"]`,
      literally(`Klassen ${CLASS} er på denne maskinen nå.`),
    );
    await textIn(laptop, classRegion(CLASS), /Lærermaskin 2 er koblet til klassen\./);
    step('co-teacher laptop joined by code');
    await coTeacher.locator(`${joinForm} ${aria(`Åpne ${CLASS}`, 'link')}`).click();
    await textAppears(coTeacher, literally(CLASS), 'main h1');
    for (const name of PUPILS) await textIn(coTeacher, aria('Elever', 'list'), literally(name));
    // Its board, open from now on: the approved words must come to it by themselves.
    await coTeacher.goto(`${SYNC}/board?class=${classId}`);
    await coTeacher.locator(aria('Her kommer styrkene vi ser hos hverandre', 'heading')).wait();
    step('co-teacher laptop has the class and its (empty) board open');

    // A pupil tablet joins by code and goes straight to pupil mode.
    await laptop.bringToFront();
    const tabletCode = await offerCode(laptop, CLASS, 'Legg til et elevbrett', 'Kode for elevbrettet');
    const tablet = await (await newDevice()).newPage();
    await tablet.setViewport({ width: 1024, height: 768 });
    await tablet.goto(`${SYNC}/`);
    await openSettings(tablet);
    await typeCode(tablet, tabletCode);
    await tablet.waitForFunction(
      (id) => location.pathname === '/pupil' && new URLSearchParams(location.search).get('class') === id,
      {},
      classId,
    );
    await tablet.locator(aria('Hvem er du?', 'list')).wait();
    await shot(tablet, 'sync-tablet-pupil-mode');
    step('tablet joined by code, in pupil mode');

    // Ola noticed Kari; the tablet sends the words.
    await tablet.locator(`${aria('Hvem er du?', 'list')} ${aria('Ola', 'button')}`).click();
    await tablet.locator(`${aria('Hvem så du en styrke hos?', 'list')} ${aria('Kari', 'button')}`).click();
    await tablet.locator(aria('Hjelpsomhet', 'button')).click();
    await tablet.locator(aria('Skriv hva du så', 'textbox')).fill(WORDS);
    await tablet.locator(aria('Send', 'button')).click();
    await tablet.locator(aria('Takk!', 'heading')).wait();
    await tablet.goto(`${SYNC}/`);
    await tablet.locator(aria('Send elevenes ord nå', 'button')).click();
    await textAppears(tablet, /Sendt til læreren\./);
    step('tablet: a pupil’s words sent');

    // The teacher: the board (without the words), the class screen in its own tab, then a round.
    const board = await newPage();
    await board.goto(`${SYNC}/board?class=${classId}`);
    await board.locator(aria('Her kommer styrkene vi ser hos hverandre', 'heading')).wait();
    const classTab = await newPage();
    await classTab.goto(`${SYNC}/class/${classId}`);
    await textAppears(classTab, literally(CLASS), 'main h1');
    await laptop.bringToFront();
    await laptop.locator(`${classRegion(CLASS)} ${aria('Synkroniser nå', 'button')}`).click();
    await classTab.bringToFront();
    await classTab.locator(aria('Til godkjenning, 1 venter', 'link')).click();
    const item = aria('Ola så hjelpsomhet hos Kari', 'listitem');
    await textIn(classTab, item, literally(WORDS));
    assert.doesNotMatch(await board.$eval('body', (b) => b.innerText), literally(WORDS));
    step('laptop: synced; the words wait in the queue, not on the board');

    await classTab.locator(`${item} ${aria('Godkjenn', 'button')}`).click();
    await textAppears(classTab, /Godkjent\./, '[role="status"]');
    await board.bringToFront();
    await textAppears(board, literally(WORDS));
    await shot(board, 'sync-board');
    step('approved: on the laptop’s board');
    // The laptop's loop pushes the approval; the co-teacher's live feed wakes its loop to pull it.
    await coTeacher.bringToFront();
    await textAppears(coTeacher, literally(WORDS));
    step('and on the co-teacher’s board, by the background loops alone');

    const scan = await scanServer(sync.server.url, sync.server.admin);
    assert.deepEqual(findPlaintext(scan, [CLASS, ...PUPILS, WORDS]), []);
    const docs = scan.databases.reduce((n, d) => n + d.docs.length, 0);
    step(`server scanned: ${scan.databases.length} databases, ${docs} documents, no plaintext`);

    await moreOfTheJourney({ sync, laptop, classTab, coTeacher, tablet, offline, step, WORDS, classId });
  },
);

journey(
  "the extension: the app hands it the class's board; popup, board page and strength strip show it; the board stays without the app",
  async ({ newPage, step }) => {
    const app = await newPage();
    await openDemoClass(app);
    await app.locator('::-p-aria(Vis denne klassen i utvidelsen)').click();
    await textAppears(app, /Utvidelsen har tavla/, '.extension-card');
    step('bridge: the extension has the board');

    // The popup (opened as a tab: BiDi has no toolbar) shows the class.
    const popup = await newPage();
    await gotoExtensionPage(popup, 'popup.html?tab=0');
    await textAppears(popup, /Demoklassen 4B/);
    step('popup shows the class');

    // The board page shows the class, and the clicker changes the card.
    const board = await newPage();
    await gotoExtensionPage(board, 'board.html');
    await textAppears(board, /Styrketavla for Demoklassen 4B/);
    await board.locator('article').wait();
    const first = await cardText(board);
    assert.notEqual(await pressForNextCard(board, 'ArrowRight'), first, 'ArrowRight shows another card');
    await shot(board, 'extension-board');
    step('board page shows the class; ArrowRight changes the card');

    // The strength strip on the app's tab: on, at the bottom of the page, then off again.
    const tabId = await popup.evaluate(
      async (origin) => (await browser.tabs.query({})).find((t) => t.url?.startsWith(origin))?.id,
      APP,
    );
    assert.ok(Number.isInteger(tabId), "the app's tab is visible to the extension");
    await gotoExtensionPage(popup, `popup.html?tab=${tabId}`);
    const toggle = aria('Vis eller skjul styrkestripa på denne fanen', 'button');
    await popup.locator(toggle).click();
    const strip = await app.waitForSelector('drommeklassen-strip');
    const box = await strip.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom, height: r.height, vh: innerHeight };
    });
    assert.ok(
      box.height >= 40 && Math.abs(box.bottom - box.vh) <= 1,
      `strip at the bottom: ${JSON.stringify(box)}`,
    );
    await app.bringToFront();
    await shot(app, 'extension-strip');
    await popup.bringToFront();
    await popup.locator(toggle).click();
    await app.waitForSelector('drommeklassen-strip', { hidden: true });
    step('strip on and off');

    // The app closed and its server gone: the board page still shows the last board. This stops
    // the server, so this journey stays the last one.
    await app.close();
    await server.stop();
    await gotoExtensionPage(board, 'board.html');
    await textAppears(board, /Styrketavla for Demoklassen 4B/);
    await board.locator('article').wait();
    step('board page with the app closed and its server stopped');
  },
  { defaultContext: true },
);
