// Settings → sharing, pairing by code (docs/sync.md §6.2, §11): a connected class offers a code for
// another teacher's computer, big and in threes, for ten minutes, withdrawn on cancel and on expiry;
// any device joins with a code and is told in plain words what happened and that a failure changed
// nothing. The data functions are mocked here; tests/unit/sync-pair.test.ts runs them against a server.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { saveLink } from '../../src/data/sync-links';
import {
  joinByCode,
  offerPairing,
  offerScreenPairing,
  offerState,
  offerTabletPairing,
  withdrawPairing,
} from '../../src/data/sync-pair';
import { SyncSection } from '../../src/screens/settings/SyncSection';
import { freshDatabase, withClassC1 } from './helpers/db';
import { renderWithI18n } from './helpers/render';
import { link, offer, SERVER, SYNC_ID, usePairingMocks } from './helpers/sync-ui';

vi.mock('../../src/data/sync-pair', () => ({
  joinByCode: vi.fn(),
  offerPairing: vi.fn(),
  offerScreenPairing: vi.fn(),
  offerState: vi.fn(),
  offerTabletPairing: vi.fn(),
  withdrawPairing: vi.fn(),
}));
// The device list asks the server; here it has nothing to say (tests/unit/sync-device-list.test.tsx).
vi.mock('../../src/data/sync-devices', () => ({
  listDevices: vi.fn(async () => ({ ok: false, problem: 'offline' })),
  touchHello: vi.fn(),
}));

freshDatabase();
withClassC1();

const OTHER = 'https://sync.annen-kommune.no';
/** How the device names itself in its hello: «Lærermaskin 2» in the teacher's language. */
const NAMING = expect.objectContaining({ labelFor: expect.any(Function), platform: expect.any(String) });

usePairingMocks();

async function typeCode(code: string, name = 'Koden fra den andre maskinen') {
  const form = await screen.findByRole('region', { name: /^(Koble|Kople) til med kode$|^Join with a code$/ });
  fireEvent.input(within(form).getByLabelText(name), { target: { value: code } });
  fireEvent.click(within(form).getByRole('button', { name: /^(Koble til|Kople til|Join)$/ }));
  return form;
}

describe('joining a class with a code', () => {
  it('is busy while it works, then says the class is here and links to it', async () => {
    let done!: (r: Awaited<ReturnType<typeof joinByCode>>) => void;
    vi.mocked(joinByCode).mockReturnValue(new Promise((resolve) => (done = resolve)));
    renderWithI18n(<SyncSection />);
    const form = await typeCode('k7qm 2xd9 hnc4');
    // One server in the build: no choice shown, that one used.
    expect(within(form).queryByLabelText('Server')).toBeNull();
    expect(await within(form).findByRole('status')).toHaveTextContent('Kobler til og henter klassen …');
    expect(within(form).getByRole('button', { name: 'Koble til' })).toBeDisabled();
    await waitFor(() =>
      expect(joinByCode).toHaveBeenCalledWith('k7qm 2xd9 hnc4', SERVER, undefined, NAMING, undefined),
    );

    done({ ok: true, classId: 'c9', className: '5A' });
    expect(await within(form).findByText('Klassen 5A er på denne maskinen nå.')).toHaveAttribute(
      'role',
      'status',
    );
    expect(within(form).getByRole('link', { name: 'Åpne 5A' })).toHaveAttribute('href', '/class/c9');
    expect(within(form).getByLabelText('Koden fra den andre maskinen')).toHaveValue('');
    expect(within(form).getByRole('button', { name: 'Koble til' })).toBeEnabled();
    expect(within(form).queryByRole('alert')).toBeNull();
  });

  it.each([
    ['wrong-code', 'Fant ingen kobling med den koden. Sjekk koden på den andre maskinen.'],
    ['expired', 'Koden er utløpt (den virker i 10 minutter). Lag en ny kode på den andre maskinen.'],
    ['offline', 'Får ikke kontakt med serveren. Sjekk at maskinen er på nett, og prøv igjen.'],
    ['refused', 'Serveren slapp ikke inn denne maskinen. Spør IT-avdelingen.'],
    ['malformed', 'En kode har 12 tegn, for eksempel K7M 2QX 9HA 4TB.'],
  ] as const)('says in plain words that nothing changed: %s', async (problem, text) => {
    vi.mocked(joinByCode).mockResolvedValue({ ok: false, problem });
    renderWithI18n(<SyncSection />);
    const form = await typeCode('K7QM-2XD9-HNC4');
    expect(await within(form).findByRole('alert')).toHaveTextContent(`${text} Ingenting er endret.`);
    // The code stays, to correct it.
    expect(within(form).getByLabelText('Koden fra den andre maskinen')).toHaveValue('K7QM-2XD9-HNC4');
  });

  it('speaks nynorsk and English too', async () => {
    vi.mocked(joinByCode).mockResolvedValue({ ok: false, problem: 'expired' });
    const nn = renderWithI18n(<SyncSection />, 'nn');
    const form = await typeCode('K7QM-2XD9-HNC4', 'Koden frå den andre maskina');
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Koden har gått ut (han verkar i 10 minutt). Lag ein ny kode på den andre maskina. Ingenting er endra.',
    );
    nn.unmount();
    vi.mocked(joinByCode).mockResolvedValue({ ok: true, classId: 'c9', className: '5A' });
    renderWithI18n(<SyncSection />, 'en');
    const en = await typeCode('K7QM-2XD9-HNC4', 'The code from the other computer');
    expect(await within(en).findByText('The class 5A is on this computer now.')).toBeInTheDocument();
  });

  it('a device joined as a pupil tablet goes straight to pupil mode', async () => {
    vi.mocked(joinByCode).mockResolvedValue({ ok: true, classId: 'c9', className: '5A', role: 'tablet' });
    renderWithI18n(<SyncSection />);
    await typeCode('K7QM-2XD9-HNC4');
    await waitFor(() => expect(`${location.pathname}${location.search}`).toBe('/pupil?class=c9'));
  });

  it('lets the teacher choose the server when the build lists several', async () => {
    vi.stubGlobal('__DK_SYNC_ORIGINS__', [SERVER, OTHER]);
    vi.mocked(joinByCode).mockResolvedValue({ ok: false, problem: 'wrong-code' });
    renderWithI18n(<SyncSection />);
    const form = await screen.findByRole('region', { name: 'Koble til med kode' });
    fireEvent.change(within(form).getByLabelText('Server'), { target: { value: OTHER } });
    await typeCode('K7QM-2XD9-HNC4');
    await waitFor(() =>
      expect(joinByCode).toHaveBeenCalledWith('K7QM-2XD9-HNC4', OTHER, undefined, NAMING, undefined),
    );
  });
});

describe('offering a code for a pupil tablet', () => {
  it('«Legg til et elevbrett» shows the tablet’s code with its own words, beside the teacher button', async () => {
    const tablet = {
      user: `dk-${SYNC_ID}-p1`,
      role: 'tablet' as const,
      password: 'a-long-random-password-3',
    };
    await saveLink(link({ slots: [...link().slots!, tablet] }));
    vi.mocked(offerTabletPairing).mockResolvedValue({ ok: true, offer: offer({ user: tablet.user }) });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    expect(await within(cls).findByRole('button', { name: 'Legg til en lærermaskin' })).toBeInTheDocument();
    fireEvent.click(within(cls).getByRole('button', { name: 'Legg til et elevbrett' }));
    const shown = await within(cls).findByRole('region', { name: 'Kode for elevbrettet' });
    expect(within(shown).getByText('K7Q M2X D9H NC4')).toHaveClass('pair-code');
    expect(shown).toHaveTextContent('Brettet viser bare elevmodus og kan ikke lese noens ord.');
    expect(offerTabletPairing).toHaveBeenCalledWith('c1', undefined, NAMING);
    expect(offerPairing).not.toHaveBeenCalled();
  });

  it('says plainly when every tablet place is taken', async () => {
    const tablet = {
      user: `dk-${SYNC_ID}-p1`,
      role: 'tablet' as const,
      password: 'a-long-random-password-3',
    };
    await saveLink(link({ slots: [...link().slots!, tablet] }));
    vi.mocked(offerTabletPairing).mockResolvedValue({ ok: false, problem: 'slots-full', teacherSlots: 1 });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(await within(cls).findByRole('button', { name: 'Legg til et elevbrett' }));
    expect(await within(cls).findByRole('alert')).toHaveTextContent('En klasse kan ha 1 elevbrett');
  });
});

describe('offering a code for a classroom screen', () => {
  const screenSlot = {
    user: `dk-${SYNC_ID}-s1`,
    role: 'screen' as const,
    password: 'a-long-random-password-4',
  };

  it('«Legg til en klasseskjerm» shows the screen’s code with its own words, beside the teacher button', async () => {
    await saveLink(link({ slots: [...link().slots!, screenSlot] }));
    vi.mocked(offerScreenPairing).mockResolvedValue({ ok: true, offer: offer({ user: screenSlot.user }) });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    expect(await within(cls).findByRole('button', { name: 'Legg til en lærermaskin' })).toBeInTheDocument();
    expect(within(cls).queryByRole('button', { name: 'Legg til et elevbrett' })).toBeNull();
    fireEvent.click(within(cls).getByRole('button', { name: 'Legg til en klasseskjerm' }));
    const shown = await within(cls).findByRole('region', { name: 'Kode for klasseskjermen' });
    expect(within(shown).getByText('K7Q M2X D9H NC4')).toHaveClass('pair-code');
    expect(shown).toHaveTextContent('bare godkjente ord og ingen lærersider');
    expect(offerScreenPairing).toHaveBeenCalledWith('c1', undefined, NAMING);
    expect(offerPairing).not.toHaveBeenCalled();
    expect(offerTabletPairing).not.toHaveBeenCalled();
  });

  it('says plainly when every screen place is taken, in nynorsk and English too', async () => {
    await saveLink(link({ slots: [...link().slots!, screenSlot] }));
    vi.mocked(offerScreenPairing).mockResolvedValue({ ok: false, problem: 'slots-full', teacherSlots: 1 });
    const { unmount } = renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(await within(cls).findByRole('button', { name: 'Legg til en klasseskjerm' }));
    expect(await within(cls).findByRole('alert')).toHaveTextContent('En klasse kan ha 1 klasseskjermer');
    unmount();
    const nn = renderWithI18n(<SyncSection />, 'nn');
    expect(await screen.findByRole('button', { name: 'Legg til ein klasseskjerm' })).toBeInTheDocument();
    nn.unmount();
    renderWithI18n(<SyncSection />, 'en');
    expect(await screen.findByRole('button', { name: 'Add a classroom screen' })).toBeInTheDocument();
  });

  it('a device joined as a classroom screen goes straight to the board', async () => {
    vi.mocked(joinByCode).mockResolvedValue({ ok: true, classId: 'c9', className: '5A', role: 'screen' });
    renderWithI18n(<SyncSection />);
    await typeCode('K7QM-2XD9-HNC4');
    await waitFor(() => expect(`${location.pathname}${location.search}`).toBe('/board?class=c9'));
  });
});

describe('offering a code for another teacher’s computer', () => {
  it('shows the code in threes with when it stops working, and withdraws it on cancel', async () => {
    await saveLink(link());
    const made = offer();
    vi.mocked(offerPairing).mockResolvedValue({ ok: true, offer: made });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(await within(cls).findByRole('button', { name: 'Legg til en lærermaskin' }));
    const shown = await within(cls).findByRole('region', { name: 'Kode for den andre lærermaskinen' });
    expect(within(shown).getByText('K7Q M2X D9H NC4')).toHaveClass('pair-code');
    expect(shown).toHaveTextContent(
      'Skriv denne koden på den andre lærerens maskin, under Innstillinger → Deling mellom maskiner → Koble til med kode.',
    );
    expect(shown).toHaveTextContent(/Koden virker i 10 minutter, til kl\. \d\d[:.]\d\d, og bare én gang\./);
    expect(offerPairing).toHaveBeenCalledWith('c1', undefined, NAMING);

    fireEvent.click(within(shown).getByRole('button', { name: 'Avbryt' }));
    expect(
      await within(cls).findByText('Koden er trukket tilbake og virker ikke lenger.'),
    ).toBeInTheDocument();
    expect(within(cls).queryByText('K7Q M2X D9H NC4')).toBeNull();
    await waitFor(() => expect(withdrawPairing).toHaveBeenCalledWith(made));
  });

  it('says when the code has run out, withdraws it and offers a new one', async () => {
    await saveLink(link());
    const short = offer({ expiresAt: Date.now() + 50 });
    vi.mocked(offerPairing).mockResolvedValueOnce({ ok: true, offer: short });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(await within(cls).findByRole('button', { name: 'Legg til en lærermaskin' }));
    expect(await within(cls).findByText('Koden er utløpt og virker ikke lenger.')).toBeInTheDocument();
    expect(within(cls).queryByText('K7Q M2X D9H NC4')).toBeNull();
    await waitFor(() => expect(withdrawPairing).toHaveBeenCalledWith(short));

    vi.mocked(offerPairing).mockResolvedValueOnce({ ok: true, offer: offer({ code: 'ABCD-EFGH-JKMN' }) });
    fireEvent.click(within(cls).getByRole('button', { name: 'Lag en ny kode' }));
    expect(await within(cls).findByText('ABC DEF GHJ KMN')).toBeInTheDocument();
  });

  it('says which computer used the code, and takes the code away', async () => {
    await saveLink(link());
    vi.mocked(offerPairing).mockResolvedValue({ ok: true, offer: offer() });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(await within(cls).findByRole('button', { name: 'Legg til en lærermaskin' }));
    expect(await within(cls).findByText('K7Q M2X D9H NC4')).toBeInTheDocument();
    vi.mocked(offerState).mockResolvedValue({
      joined: {
        user: `dk-${SYNC_ID}-t2`,
        role: 'teacher',
        label: 'Lærermaskin 2',
        platform: 'Chrome, Windows',
        joinedAt: Date.now(),
        lastSeen: Date.now(),
      },
    });
    expect(
      await within(cls).findByText('Lærermaskin 2 er koblet til klassen.', undefined, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(within(cls).queryByText('K7Q M2X D9H NC4')).toBeNull();
    expect(within(cls).getByRole('button', { name: 'Legg til en lærermaskin' })).toBeInTheDocument();
  });

  it('says how many teacher computers a class can have when every place is taken', async () => {
    await saveLink(link());
    vi.mocked(offerPairing).mockResolvedValue({ ok: false, problem: 'slots-full', teacherSlots: 2 });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(await within(cls).findByRole('button', { name: 'Legg til en lærermaskin' }));
    expect(await within(cls).findByRole('alert')).toHaveTextContent(
      'En klasse kan ha 2 lærermaskiner, og alle plassene er tatt (en kode som er ute, holder av en plass i 10 minutter). Fjern en maskin under «Maskiner i klassen» først.',
    );
  });

  it('says why no code was made', async () => {
    await saveLink(link());
    vi.mocked(offerPairing).mockResolvedValue({ ok: false, problem: 'offline' });
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    fireEvent.click(await within(cls).findByRole('button', { name: 'Legg til en lærermaskin' }));
    expect(await within(cls).findByRole('alert')).toHaveTextContent(
      'Får ikke kontakt med serveren, så ingen kode ble laget. Prøv igjen når maskinen er på nett.',
    );
  });

  it('is not offered by a computer that joined by code (it knows no free slot) or for a class not connected', async () => {
    renderWithI18n(<SyncSection />);
    const cls = await screen.findByRole('region', { name: '4B' });
    expect(await within(cls).findByLabelText(/Koble til med tilkoblingsfilen/)).toBeInTheDocument();
    expect(within(cls).queryByRole('button', { name: 'Legg til en lærermaskin' })).toBeNull();

    await saveLink(link({ user: `dk-${SYNC_ID}-t2`, slots: undefined }));
    expect(await within(cls).findByRole('button', { name: 'Synkroniser nå' })).toBeInTheDocument();
    expect(within(cls).queryByRole('button', { name: 'Legg til en lærermaskin' })).toBeNull();
  });
});
