// Pairing by QR code (docs/sync.md §6.1): laptop A shows a QR code beside its code; the test reads the
// QR code off A's screen as a camera would (a screenshot of it, decoded by jsQR), and device B opens
// that link. B's address bar loses the code at once, «Koble til med kode» has it filled in, and only
// the button brings the class. A link without a whole code says so and adds nothing.
import { expect, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { createClass } from './classes';
import { expectNoAxeViolations, SHOTS } from './fixtures';
import { connectWithFile, sharing, useSyncApp } from './sync-app';

const sync = useSyncApp('qr');
/** Where the screenshots go (`QR_SHOTS=<folder>` to keep them elsewhere). */
const SHOT_DIR = process.env.QR_SHOTS ?? SHOTS;

const CLASS = 'Blåklokkene';
const PUPILS = ['Ingeborg', 'Sivert'];

/** What the QR code on screen says: its screenshot's pixels, decoded as a phone's camera would. */
async function readQrOffScreen(page: Page, qr: ReturnType<Page['getByRole']>): Promise<string | null> {
  const png = (await qr.screenshot()).toString('base64');
  // The page turns the PNG into pixels (a data: image, which the app's CSP allows); Node decodes them.
  const { width, height, data } = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { width: pixels.width, height: pixels.height, data: Array.from(pixels.data) };
  }, png);
  return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

test('a co-teacher’s laptop scans the QR code: the link fills in the code, the button brings the class, the address keeps no code', async ({
  page,
  browser,
}) => {
  // Nothing but the app and the sync server is asked, on either device.
  const foreign: string[] = [];
  const watch = (p: Page) =>
    p.on('request', (r) => {
      const origin = new URL(r.url()).origin;
      if (
        !['data:', 'blob:'].some((s) => r.url().startsWith(s)) &&
        ![sync.url, sync.server.url].includes(origin)
      )
        foreign.push(r.url());
    });
  watch(page);
  await createClass(page, { name: CLASS, pupils: PUPILS });
  const classA = await connectWithFile(page, sync, CLASS, { tablets: 1, screens: 1, teachers: 2 });
  // The first visit's "ready offline" note sits at the bottom edge, where it would cover the QR code.
  await page.getByRole('button', { name: 'OK', exact: true }).click({ timeout: 60_000 });

  await classA.getByRole('button', { name: 'Legg til en lærermaskin' }).click();
  const offer = classA.getByRole('region', { name: 'Kode for den andre lærermaskinen' });
  const qr = offer.getByRole('img', { name: 'QR-kode med den samme koden, for den andre lærermaskinen' });
  await expect(qr).toBeVisible({ timeout: 60_000 });
  await expect(offer.getByRole('figure')).toHaveText(
    'Ikke vis QR-koden på tavla. Har maskinen kamera? Skann QR-koden, så fylles koden inn.',
  );
  const shown = (await offer.getByText(/^[0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3} [0-9A-Z]{3}$/).textContent())!;
  // Big enough for a camera a metre away: over 300 px across, whole pixels per module.
  const box = (await qr.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(300);
  expect(box.width % 8).toBe(0);
  await offer.scrollIntoViewIfNeeded();
  await offer.screenshot({ path: `${SHOT_DIR}/qr-offer.png` });
  await page.screenshot({ path: `${SHOT_DIR}/qr-offer-page.png` });
  await expectNoAxeViolations(page, '.sync-card');

  const link = await readQrOffScreen(page, qr);
  expect(link).toBe(`${sync.url}/pair#dk1.${shown.replace(/ /g, '')}`);

  // Device B: a fresh browser, as the camera app opens the link.
  const laptopB = await browser.newContext(sync.device);
  const pageB = await laptopB.newPage();
  watch(pageB);
  const entries = await pageB.evaluate(() => history.length);
  await pageB.goto(link!);
  const form = sharing(pageB).getByRole('region', { name: 'Koble til med kode' });
  await expect(form.getByRole('status')).toHaveText(
    'Koden kom fra QR-koden. Trykk «Koble til» for å hente klassen hit.',
  );
  // The code is out of the address bar and the history: the link's one entry became the settings.
  await expect(pageB).toHaveURL(`${sync.url}/settings`);
  expect(await pageB.evaluate(() => [location.hash, history.length])).toEqual(['', entries + 1]);
  await expect(form.getByLabel('Koden fra den andre maskinen')).toHaveValue(shown);
  await expect(form.getByRole('button', { name: 'Koble til' })).toBeFocused();
  await expect(form.getByRole('button', { name: 'Koble til' })).toBeInViewport();
  await pageB.screenshot({ path: `${SHOT_DIR}/qr-filled.png` });
  await expectNoAxeViolations(pageB, '.sync-card');
  // Nothing is stored before the button: B holds no class yet, and A still waits for it.
  await expect(sharing(pageB)).toContainText('Lag en klasse først');
  await expect(offer).toBeVisible();

  await form.getByRole('button', { name: 'Koble til' }).click();
  await expect(form.getByRole('status')).toHaveText(
    `Klassen ${CLASS} er på denne maskinen nå. Åpne ${CLASS}`,
    {
      timeout: 60_000,
    },
  );
  await expect(classA.getByText('Lærermaskin 2 er koblet til klassen.')).toBeVisible({ timeout: 30_000 });
  await form.getByRole('link', { name: `Åpne ${CLASS}` }).click();
  await expect(pageB.getByRole('list', { name: 'Elever' }).getByRole('listitem')).toHaveCount(2);

  // A link without a whole code: said plainly, nothing added, and the fragment is gone all the same.
  const deviceC = await browser.newContext(sync.device);
  const pageC = await deviceC.newPage();
  watch(pageC);
  await pageC.goto(`${sync.url}/pair#dk1.K7QM2XD9`);
  const formC = sharing(pageC).getByRole('region', { name: 'Koble til med kode' });
  await expect(formC.getByRole('alert')).toHaveText(
    'QR-koden hadde ingen hel kode. En kode har 12 tegn, for eksempel K7M 2QX 9HA 4TB. Ingenting er endret.',
  );
  await expect(pageC).toHaveURL(`${sync.url}/settings`);
  await expect(formC.getByLabel('Koden fra den andre maskinen')).toHaveValue('');
  await expect(sharing(pageC)).toContainText('Lag en klasse først');

  expect(foreign).toEqual([]);
  await laptopB.close();
  await deviceC.close();
});
