// The QR code of a pairing offer and the link it holds (docs/sync.md §6.1): the offer shows a QR code
// beside the code, named for screen readers, captioned not to be shown on the board, and it reads back
// (jsQR) as `<origin>/pair#dk1.<code>`. Opening that link keeps the code out of the address bar and
// the history (src/pair-link.ts) and fills in «Koble til med kode», which stores nothing until pressed;
// a link without a whole code says so and changes nothing. The data functions are mocked.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveLink } from '../../src/data/sync-links';
import { joinByCode, offerPairing, offerTabletPairing } from '../../src/data/sync-pair';
import { heldPairLink, takePairLink } from '../../src/pair-link';
import { SyncSection } from '../../src/screens/settings/SyncSection';
import { freshDatabase, withClassC1 } from './helpers/db';
import { decodeModules, modulesOf } from './helpers/qr';
import { renderWithI18n } from './helpers/render';
import { link as base, offer as pairingOffer, SERVER, SYNC_ID, usePairingMocks } from './helpers/sync-ui';

vi.mock('../../src/data/sync-pair', () => ({
  joinByCode: vi.fn(),
  offerPairing: vi.fn(),
  offerState: vi.fn(),
  offerScreenPairing: vi.fn(),
  offerTabletPairing: vi.fn(),
  withdrawPairing: vi.fn(),
}));
vi.mock('../../src/data/sync-devices', () => ({
  listDevices: vi.fn(async () => ({ ok: false, problem: 'offline' })),
  touchHello: vi.fn(),
}));

freshDatabase();
withClassC1();
// jsdom does not scroll; the form opened by the link asks to come into view.
const scrolled = vi.fn();
Element.prototype.scrollIntoView = scrolled;

const CODE = 'K7QM-2XD9-HNC4';

const link = base({
  slots: [
    ...base().slots!,
    { user: `dk-${SYNC_ID}-b1`, role: 'tablet', password: 'a-long-random-password-3' },
  ],
});
const offer = (user: string) => pairingOffer({ code: CODE, user });

usePairingMocks();
beforeEach(() => {
  heldPairLink();
});

/** What the QR code on screen says, read from the drawn modules. */
function readQr(img: HTMLElement): string | null {
  const size = Number(img.getAttribute('viewBox')!.split(' ')[2]);
  return decodeModules(modulesOf(size, img.querySelector('path')!.getAttribute('d')!));
}

describe('the QR code beside a pairing code', () => {
  it('shows the link to /pair with the code, named and captioned, and goes with the code', async () => {
    await saveLink(link);
    vi.mocked(offerPairing).mockResolvedValue({ ok: true, offer: offer(`dk-${SYNC_ID}-t2`) });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(within(cls).getByRole('button', { name: 'Legg til en lærermaskin' }));
    const box = await within(cls).findByRole('region', { name: 'Kode for den andre lærermaskinen' });
    const qr = await within(box).findByRole('img', {
      name: 'QR-kode med den samme koden, for den andre lærermaskinen',
    });
    expect(readQr(qr)).toBe(`${location.origin}/pair#dk1.K7QM2XD9HNC4`);
    // Whole pixels per module, and the caption under it.
    expect(Number(qr.getAttribute('width')) % Number(qr.getAttribute('viewBox')!.split(' ')[2])).toBe(0);
    expect(box).toHaveTextContent(
      'Ikke vis QR-koden på tavla. Har maskinen kamera? Skann QR-koden, så fylles koden inn.',
    );
    fireEvent.click(within(box).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(within(cls).queryByRole('img')).toBeNull());
  });

  it('a pupil tablet’s offer has its own QR code name', async () => {
    await saveLink(link);
    vi.mocked(offerTabletPairing).mockResolvedValue({ ok: true, offer: offer(`dk-${SYNC_ID}-b1`) });
    renderWithI18n(<SyncSection />, 'en');
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(within(cls).getByRole('button', { name: 'Add a pupil tablet' }));
    const qr = await within(cls).findByRole('img', {
      name: 'QR code holding the same code, for the pupil tablet',
    });
    expect(readQr(qr)).toBe(`${location.origin}/pair#dk1.K7QM2XD9HNC4`);
  });
});

describe('opening the QR code’s link', () => {
  it('takes the code out of the address bar and history at once', () => {
    vi.stubGlobal('__DK_SYNC__', true);
    const replaceState = vi.fn();
    takePairLink(
      { pathname: '/pair', hash: '#dk1.K7QM2XD9HNC4' } as Location,
      { replaceState } as unknown as History,
    );
    expect(replaceState).toHaveBeenCalledExactlyOnceWith(null, '', '/settings');
    expect(heldPairLink()).toBe('#dk1.K7QM2XD9HNC4');
    // Read once: a second form finds nothing.
    expect(heldPairLink()).toBeUndefined();
  });

  it('in a build without a server, drops the fragment too and keeps nothing for a form', () => {
    const replaceState = vi.fn();
    takePairLink(
      { pathname: '/pair/', hash: '#dk1.K7QM2XD9HNC4' } as Location,
      { replaceState } as unknown as History,
    );
    expect(replaceState).toHaveBeenCalledExactlyOnceWith(null, '', '/pair');
  });

  it('leaves every other address alone', () => {
    const replaceState = vi.fn();
    takePairLink(
      { pathname: '/settings', hash: '#dk1.K7QM2XD9HNC4' } as Location,
      { replaceState } as unknown as History,
    );
    expect(replaceState).not.toHaveBeenCalled();
    expect(heldPairLink()).toBeUndefined();
  });

  it('fills in «Koble til med kode» and says where the code came from; joins only when pressed', async () => {
    vi.stubGlobal('__DK_SYNC__', true);
    takePairLink(
      { pathname: '/pair', hash: '#dk1.k7qm2xd9hnc4' } as Location,
      {
        replaceState: vi.fn(),
      } as unknown as History,
    );
    vi.mocked(joinByCode).mockResolvedValue({ ok: true, classId: 'c9', className: '5A' });
    renderWithI18n(<SyncSection />);
    const form = await screen.findByRole('region', { name: 'Koble til med kode' });
    expect(within(form).getByLabelText('Koden fra den andre maskinen')).toHaveValue('K7Q M2X D9H NC4');
    expect(within(form).getByRole('status')).toHaveTextContent(
      'Koden kom fra QR-koden. Trykk «Koble til» for å hente klassen hit.',
    );
    expect(within(form).getByRole('button', { name: 'Koble til' })).toHaveFocus();
    expect(scrolled.mock.contexts).toEqual([form]);
    expect(joinByCode).not.toHaveBeenCalled();
    fireEvent.click(within(form).getByRole('button', { name: 'Koble til' }));
    await waitFor(() =>
      expect(joinByCode).toHaveBeenCalledWith(
        'K7Q M2X D9H NC4',
        SERVER,
        undefined,
        expect.anything(),
        undefined,
      ),
    );
    expect(await within(form).findByText('Klassen 5A er på denne maskinen nå.')).toBeInTheDocument();
  });

  it('a link without a whole code says so plainly and changes nothing', async () => {
    vi.stubGlobal('__DK_SYNC__', true);
    takePairLink(
      { pathname: '/pair', hash: '#dk1.K7QM2XD9' } as Location,
      {
        replaceState: vi.fn(),
      } as unknown as History,
    );
    renderWithI18n(<SyncSection />, 'nn');
    const form = await screen.findByRole('region', { name: 'Kople til med kode' });
    expect(within(form).getByRole('alert')).toHaveTextContent(
      'QR-koden hadde ingen heil kode. Ein kode har 12 teikn, til dømes K7M 2QX 9HA 4TB. Ingenting er endra.',
    );
    expect(within(form).getByLabelText('Koden frå den andre maskina')).toHaveValue('');
    expect(joinByCode).not.toHaveBeenCalled();
  });
});
