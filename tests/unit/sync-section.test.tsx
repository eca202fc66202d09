// Settings → sharing between devices (docs/sync.md §6, §11, §13 step 8): the section exists only in a
// build with a sync server; a connection file is refused in plain words and stores nothing; a good
// one downloads a safety backup first, then stores the class's link and runs one round (the round's
// network part mocked here; tests/unit/sync-connect.test.ts runs it against a real server); a backup
// that fails stores nothing.
import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import {
  openConnection,
  SYNC_LINKS_KEY,
  SyncServerError,
  syncLinks,
  syncRound,
} from '../../src/data/sync-connect';
import { setSyncStatus } from '../../src/data/sync-status';
import { CONNECTION_FORMAT } from '../../src/domain/sync/connection';
import { SettingsScreen } from '../../src/screens/settings/SettingsScreen';
import { SyncSection } from '../../src/screens/settings/SyncSection';
import { downloadText } from '../../src/ui/download';
import { freshDatabase, withClassC1 } from './helpers/db';
import { renderWithI18n } from './helpers/render';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));
// The browser's PouchDB (IndexedDB adapter) is not loaded here; the round is mocked below.
vi.mock('../../src/sync/pouch', () => ({ BrowserPouch: {} }));
// The device list and the hello ask the server; not here (tests/unit/sync-devices.test.ts does).
vi.mock('../../src/data/sync-devices', () => ({
  listDevices: vi.fn(async () => ({ ok: false, problem: 'offline' })),
  touchHello: vi.fn(),
}));
vi.mock('../../src/data/sync-connect', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/data/sync-connect')>()),
  openConnection: vi.fn(),
  syncRound: vi.fn(),
}));

freshDatabase();
withClassC1();

const SERVER = 'https://dk-sync.kommune.no';
const SYNC_ID = '0123456789abcdef';

function connectionFile(over: Record<string, unknown> = {}): File {
  const body = {
    format: CONNECTION_FORMAT,
    formatVersion: 1,
    server: `${SERVER}/couch`,
    syncId: SYNC_ID,
    slots: [
      { user: `dk-${SYNC_ID}-t1`, role: 'teacher', password: 'a-long-random-password-1' },
      { user: `dk-${SYNC_ID}-p1`, role: 'tablet', password: 'a-long-random-password-2' },
    ],
    ...over,
  };
  return new File([JSON.stringify(body)], 'klasse-4b.json', { type: 'application/json' });
}

/** What happened, in order: the backup download and the start of the round. */
let log: string[];
/** The links as stored at the moment the backup was downloaded. */
let linksAtBackup: Promise<unknown> | undefined;

beforeEach(() => {
  vi.clearAllMocks();
  // The status lines live outside the screen (data/sync-status.ts): none left from another test.
  setSyncStatus('c1', undefined);
  log = [];
  linksAtBackup = undefined;
  vi.stubGlobal('__DK_SYNC_ORIGINS__', [SERVER]);
  vi.mocked(downloadText).mockImplementation((name) => {
    log.push(`download ${name.replace(/-\d{4}-\d\d-\d\d/, '')}`);
    // Started now, so it reads what was stored when the backup was taken.
    linksAtBackup = syncLinks();
  });
  vi.mocked(openConnection).mockImplementation(async (_d, link) => {
    log.push(`round ${link.classId} ${link.server}`);
    return {
      link,
      sync: { classId: link.classId, role: link.role, mirrors: [] },
      remotes: new Map(),
      setup: {},
    } as never;
  });
  vi.mocked(syncRound).mockResolvedValue({} as never);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

async function chooseFile(file: File, label = /^Koble til med tilkoblingsfilen/) {
  const region = await screen.findByRole('region', { name: '4B' });
  fireEvent.change(within(region).getByLabelText(label), {
    target: { files: [file] },
  });
  return region;
}

async function storedLinks() {
  return (await db().settings.get(SYNC_LINKS_KEY))?.value;
}

describe('sharing between devices in settings', () => {
  it('is there in a build with a sync server, and not in one without', async () => {
    vi.stubGlobal('__DK_SYNC__', true);
    const first = renderWithI18n(<SettingsScreen />);
    expect(await screen.findByRole('heading', { name: 'Deling mellom maskiner' })).toBeInTheDocument();
    first.unmount();

    // The section's code is loaded by now, so it would show at once if the guard were missing.
    vi.stubGlobal('__DK_SYNC__', false);
    renderWithI18n(<SettingsScreen />);
    expect(await screen.findByRole('heading', { name: 'Sikkerhetskopi' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Deling mellom maskiner' })).toBeNull();
  });

  it('refuses a file that is not a connection file in plain words, and stores nothing', async () => {
    renderWithI18n(<SyncSection />);
    await chooseFile(new File(['{"format":"drommeklassen-backup"}'], 'backup.json'));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Dette er ikke en tilkoblingsfil for Drømmeklassen. Velg fila du fikk fra IT-avdelingen. Ingenting er endret.',
    );
    expect(await storedLinks()).toBeUndefined();
    expect(downloadText).not.toHaveBeenCalled();
    expect(openConnection).not.toHaveBeenCalled();
  });

  it('names the servers this build may use when the file points elsewhere, in the chosen language', async () => {
    renderWithI18n(<SyncSection />, 'nn');
    await chooseFile(
      connectionFile({ server: 'https://sync.annan-kommune.no' }),
      /^Kople til med tilkoplingsfila/,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      `Denne utgåva av appen kan berre kople til: ${SERVER}. Ingenting er endra.`,
    );
    expect(await storedLinks()).toBeUndefined();
    expect(downloadText).not.toHaveBeenCalled();
  });

  /** The class's round line: the status that says when it synced (the device list has its own). */
  const roundLine = (region: HTMLElement) => {
    const line = within(region).getByText(/Synkronisert kl\./);
    expect(line).toHaveAttribute('role', 'status');
    return line;
  };

  it('downloads a safety backup first, then stores the link and syncs, and shows when', async () => {
    renderWithI18n(<SyncSection />);
    const region = await chooseFile(connectionFile());
    await waitFor(() =>
      expect(roundLine(region)).toHaveTextContent(
        /^En sikkerhetskopi av det som var her, er lastet ned først\. Synkronisert kl\. \d\d[:.]\d\d\.$/,
      ),
    );
    expect(log).toEqual(['download drommeklassen-sikkerhet-for-deling.json', `round c1 ${SERVER}/couch`]);
    expect(await linksAtBackup).toEqual([]);
    const [link, ...more] = await syncLinks();
    expect(more).toEqual([]);
    expect(link).toMatchObject({
      classId: 'c1',
      server: `${SERVER}/couch`,
      syncId: SYNC_ID,
      role: 'teacher',
      user: `dk-${SYNC_ID}-t1`,
      keys: { kind: 'class' },
    });
    // Connected: sync now and disconnect instead of the file.
    expect(await within(region).findByText('Koblet til dk-sync.kommune.no.')).toBeInTheDocument();
    // The id IT needs for `setup.sh remove-class` (docs/server.md), never the class's name there.
    expect(
      within(region).getByText(new RegExp(`Klassens id på serveren er ${SYNC_ID}\\.`)),
    ).toBeInTheDocument();
    expect(within(region).queryByLabelText(/Koble til med tilkoblingsfilen/)).toBeNull();

    vi.mocked(syncRound).mockRejectedValueOnce(new SyncServerError('offline', 'No contact'));
    fireEvent.click(within(region).getByRole('button', { name: 'Synkroniser nå' }));
    // The loop (not running in this test) retries by itself: no button to press, no «Synkronisert».
    expect(
      await within(region).findByText(
        'Ingen kontakt med serveren. Appen prøver igjen selv. Alt er lagret på denne maskinen.',
      ),
    ).toHaveAttribute('role', 'status');
    expect(await syncLinks()).toHaveLength(1);
  });

  it('connects nothing when the safety backup cannot be made, and connects once it can', async () => {
    vi.mocked(downloadText).mockImplementationOnce(() => {
      log.push('download failed');
      throw new Error('blocked');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithI18n(<SyncSection />);
    const region = await chooseFile(connectionFile());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sikkerhetskopien kunne ikke lages, så klassen ble ikke koblet til. Ingenting er endret.',
    );
    expect(await storedLinks()).toBeUndefined();

    // Tried again with the download working: one backup, one link, one round.
    await chooseFile(connectionFile());
    await waitFor(() => expect(roundLine(region)).toHaveTextContent(/Synkronisert kl\. \d\d[:.]\d\d\.$/));
    expect(log).toEqual([
      'download failed',
      'download drommeklassen-sikkerhet-for-deling.json',
      `round c1 ${SERVER}/couch`,
    ]);
    expect(await linksAtBackup).toEqual([]);
    expect(await syncLinks()).toHaveLength(1);
  });

  it('disconnects after asking, and the class stays on this device', async () => {
    renderWithI18n(<SyncSection />, 'en');
    const region = await chooseFile(connectionFile(), /^Connect with the connection file/);
    fireEvent.click(await within(region).findByRole('button', { name: 'Disconnect' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('The class stays on this computer');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Disconnect' }));
    expect(
      await within(region).findByText('4B is disconnected. The class is still on this computer.'),
    ).toBeInTheDocument();
    expect(await syncLinks()).toEqual([]);
    expect(await db().classes.get('c1')).toBeDefined();
    expect(await within(region).findByLabelText(/^Connect with the connection file/)).toBeInTheDocument();
  });
});
