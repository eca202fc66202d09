// The board component by what a class sees: one card, fair turns, keys and clicker, pause, live
// changes, the empty card and the options. Rendered with props only, as the extension does.
import { act, fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Board } from '../../src/board/Board';
import {
  BOARD_SNAPSHOT_FORMAT,
  BOARD_SNAPSHOT_VERSION,
  type BoardSettings,
  type BoardSnapshot,
  DEFAULT_BOARD_SETTINGS,
} from '../../src/domain/board-snapshot';
import { initialRotation, type RotationState } from '../../src/domain/rotation';
import { nbBoard as nb } from '../../src/i18n/nb-board';

const NOW = new Date('2026-11-26T10:00:00').getTime(); // a Thursday
const DAY = 86_400_000;

function snapshot(over: Partial<BoardSnapshot> = {}, settings: Partial<BoardSettings> = {}): BoardSnapshot {
  return {
    format: BOARD_SNAPSHOT_FORMAT,
    version: BOARD_SNAPSHOT_VERSION,
    appVersion: 'test',
    lang: 'nb',
    classId: 'c1',
    className: '4B',
    createdAt: NOW,
    strengths: [
      { id: 's1', name: 'Tålmodighet', definition: 'Å vente rolig.', symbol: '⏳', color: '#0f766e' },
      { id: 's2', name: 'Samarbeid', definition: 'Å jobbe sammen mot noe.', symbol: '🤝', color: '#1d4ed8' },
    ],
    recognitions: [
      {
        id: 'r1',
        pupilId: 'p1',
        pupilName: 'Emma',
        strengthId: 's1',
        text: 'Ventet på Kari.',
        noticedBy: 'Sara',
        at: NOW - 2 * DAY,
        updatedAt: 1,
      },
      {
        id: 'r2',
        pupilId: 'p2',
        pupilName: 'Noah',
        strengthId: 's2',
        text: 'Delte oppgavene.',
        noticedBy: 'læreren',
        at: NOW - 8 * DAY,
        updatedAt: 1,
      },
    ],
    focus: { strengthIds: ['s2'], period: 'week' },
    dream: { question: 'Hvordan?', dreams: ['Alle er med.'], principles: ['Vi respekterer alle.'] },
    settings: {
      ...DEFAULT_BOARD_SETTINGS,
      cards: { dream: false, focus: false, wholeClass: false },
      ...settings,
    },
    ...over,
  };
}

/** The host: keeps the rotation in memory, like the app and the extension do. */
function Host(props: {
  snap: BoardSnapshot;
  onSettings?: (s: BoardSettings) => void;
  spy?: (s: RotationState) => void;
}) {
  const [rotation, setRotation] = useState(initialRotation());
  return (
    <Board
      snapshot={props.snap}
      rotation={rotation}
      onRotationChange={(s) => {
        props.spy?.(s);
        setRotation(s);
      }}
      messages={nb.board}
      locale="nb-NO"
      onSettingsChange={props.onSettings}
      exit={<button type="button">Til klassen</button>}
    />
  );
}

const shownName = () => screen.getByRole('heading', { level: 2 }).textContent;

describe('Board', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows one recognition: strength, first name, what was seen, who noticed it and when in words', async () => {
    render(<Host snap={snapshot()} />);
    await act(() => {});
    const name = shownName();
    expect(['Emma', 'Noah']).toContain(name);
    if (name === 'Emma') {
      expect(screen.getByText('Tålmodighet')).toBeInTheDocument();
      expect(screen.getByText('Ventet på Kari.')).toBeInTheDocument();
      expect(screen.getByText('Sett av Sara · på tirsdag')).toBeInTheDocument();
    } else {
      expect(screen.getByText('Sett av læreren · forrige uke')).toBeInTheDocument();
    }
    expect(screen.getByRole('heading', { level: 1, name: 'Styrketavla for 4B' })).toBeInTheDocument();
    expect(screen.queryByText(/\d+ av \d+/)).toBeNull();
  });

  it('moves on with ArrowRight, PageDown and a tap, and back with ArrowLeft / PageUp', async () => {
    render(<Host snap={snapshot()} />);
    await act(() => {});
    const first = shownName();
    await act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    const second = shownName();
    expect(second).not.toBe(first);
    await act(() => void fireEvent.keyDown(window, { key: 'PageUp' }));
    expect(shownName()).toBe(first);
    await act(() => void fireEvent.keyDown(window, { key: 'PageDown' }));
    expect(shownName()).toBe(second);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Neste kort' })));
    // Both pupils had their turn: the next round begins, still alternating.
    expect(['Emma', 'Noah']).toContain(shownName());
  });

  it('changes card by itself after the interval, and Space pauses and resumes', async () => {
    render(<Host snap={snapshot({}, { intervalSeconds: 5 })} />);
    await act(() => {});
    const first = shownName();
    await act(() => void vi.advanceTimersByTime(4000));
    expect(shownName()).toBe(first);
    await act(() => void vi.advanceTimersByTime(1100));
    const second = shownName();
    expect(second).not.toBe(first);
    await act(() => void fireEvent.keyDown(window, { key: ' ' }));
    expect(screen.getByRole('status')).toHaveTextContent('Tavla står på pause');
    await act(() => void vi.advanceTimersByTime(60_000));
    expect(shownName()).toBe(second);
    await act(() => void fireEvent.click(screen.getByRole('button', { name: 'Fortsett' })));
    await act(() => void vi.advanceTimersByTime(5100));
    expect(shownName()).not.toBe(second);
  });

  it('redraws an edited card and drops an erased one at once', async () => {
    const snap = snapshot();
    const { rerender } = render(<Host snap={snap} />);
    await act(() => {});
    const name = shownName();
    const id = name === 'Emma' ? 'r1' : 'r2';
    const edited = {
      ...snap,
      recognitions: snap.recognitions.map((r) =>
        r.id === id ? { ...r, text: 'Ny tekst.', updatedAt: 2 } : r,
      ),
    };
    rerender(<Host snap={edited} />);
    await act(() => {});
    expect(screen.getByText('Ny tekst.')).toBeInTheDocument();
    rerender(<Host snap={{ ...edited, recognitions: edited.recognitions.filter((r) => r.id !== id) }} />);
    await act(() => {});
    expect(shownName()).not.toBe(name);
    expect(screen.queryByText('Ny tekst.')).toBeNull();
  });

  it('shows a friendly card with the focus strength when there is nothing yet', async () => {
    render(<Host snap={snapshot({ recognitions: [] })} />);
    await act(() => {});
    expect(
      screen.getByRole('heading', { name: 'Her kommer styrkene vi ser hos hverandre' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Samarbeid' })).toBeInTheDocument();
    expect(screen.getByText('Å jobbe sammen mot noe.')).toBeInTheDocument();
    expect(screen.getByText(/Slik kommer en styrke hit/)).toBeInTheDocument();
  });

  it('names the writer of a text that says «meg» even when who noticed it is hidden', async () => {
    const base = snapshot({}, { showNoticedBy: false });
    const snap = {
      ...base,
      recognitions: [{ ...base.recognitions[0]!, text: 'Du hjalp meg med tårnet.' }, base.recognitions[1]!],
    };
    render(<Host snap={snap} />);
    await act(() => {});
    const seen: string[] = [];
    for (let i = 0; i < 2; i++) {
      seen.push(shownName() ?? '');
      if (shownName() === 'Emma') expect(screen.getByText('Sett av Sara · på tirsdag')).toBeInTheDocument();
      else expect(screen.queryByText(/Sett av/)).toBeNull();
      await act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    }
    expect(seen.sort()).toEqual(['Emma', 'Noah']);
  });

  it('rotates the focus strength and the dream tree in when chosen, and hides who noticed it when asked', async () => {
    const snap = snapshot(
      {},
      { cards: { dream: true, focus: true, wholeClass: false }, showNoticedBy: false },
    );
    render(<Host snap={snap} />);
    await act(() => {});
    const seen = new Set<string>();
    let treeSeen = false;
    for (let i = 0; i < 12; i++) {
      expect(screen.queryByText(/Sett av/)).toBeNull();
      seen.add(shownName() ?? '');
      if (screen.queryByRole('img', { name: 'Drømmetreet vårt' })) treeSeen = true;
      await act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    }
    expect(seen).toContain('Drømmen vår');
    expect(seen).toContain('Samarbeid');
    expect(treeSeen).toBe(true);
  });

  it('offers options that report new settings to the host', async () => {
    const onSettings = vi.fn();
    render(<Host snap={snapshot()} onSettings={onSettings} />);
    await act(() => {});
    await act(
      () => void fireEvent.change(screen.getByLabelText('Tid per kort'), { target: { value: '30' } }),
    );
    expect(onSettings).toHaveBeenLastCalledWith(expect.objectContaining({ intervalSeconds: 30 }));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /Valg/ })));
    const dialog = screen.getByRole('dialog', { name: 'Valg for tavla' });
    expect(dialog).toBeInTheDocument();
    await act(() => void fireEvent.click(screen.getByLabelText('Drømmetreet og prinsippene')));
    expect(onSettings).toHaveBeenLastCalledWith(
      expect.objectContaining({ cards: { dream: true, focus: false, wholeClass: false } }),
    );
    await act(() => void fireEvent.click(screen.getByLabelText('Mørke')));
    expect(onSettings).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'dark' }));
  });

  it("'this week' rotates only this week's recognitions; the option reports the choice", async () => {
    const onSettings = vi.fn();
    const { rerender } = render(<Host snap={snapshot({}, { recent: 'week' })} onSettings={onSettings} />);
    await act(() => {});
    const names = new Set<string | null>();
    for (let i = 0; i < 4; i++) {
      names.add(shownName());
      await act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    }
    expect([...names]).toEqual(['Emma']);
    rerender(<Host snap={snapshot({}, { recent: 'month' })} onSettings={onSettings} />);
    for (let i = 0; i < 4; i++) {
      await act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
      names.add(shownName());
    }
    expect(names).toEqual(new Set(['Emma', 'Noah']));
    await act(() => void fireEvent.click(screen.getByRole('button', { name: /Valg/ })));
    expect(screen.getByLabelText('Fra denne måneden')).toBeChecked();
    await act(() => void fireEvent.click(screen.getByLabelText('Fra denne uka')));
    expect(onSettings).toHaveBeenLastCalledWith(expect.objectContaining({ recent: 'week' }));
    await act(() => void fireEvent.click(screen.getByLabelText('Alle')));
    expect(onSettings).toHaveBeenLastCalledWith(expect.objectContaining({ recent: 'all' }));
  });

  it('fits a very long name and offers the way back', async () => {
    const long = 'Maximiliana-Alexandrina Kristoffersen';
    const snap = snapshot({
      recognitions: [{ ...snapshot().recognitions[0]!, pupilName: long }],
    });
    render(<Host snap={snap} />);
    await act(() => {});
    expect(screen.getByRole('heading', { level: 2, name: long })).toHaveClass('long-name');
    expect(screen.getByRole('button', { name: 'Til klassen' })).toBeInTheDocument();
  });

  it('follows a swipe (left: next, right: back) and a tap', async () => {
    render(<Host snap={snapshot()} />);
    await act(() => {});
    const stage = screen.getByRole('article').closest('.board-stage')!;
    const first = shownName();
    const swipe = async (from: number, to: number) => {
      await act(() => void fireEvent.pointerDown(stage, { clientX: from, clientY: 300, button: 0 }));
      await act(() => void fireEvent.pointerUp(stage, { clientX: to, clientY: 310, button: 0 }));
    };
    await swipe(800, 300);
    const second = shownName();
    expect(second).not.toBe(first);
    await swipe(300, 800);
    expect(shownName()).toBe(first);
    await swipe(500, 502);
    expect(shownName()).toBe(second);
  });

  it('fades the control bar after a few idle seconds and brings it back on a mouse move', async () => {
    render(<Host snap={snapshot()} />);
    await act(() => {});
    const bar = screen.getByRole('group', { name: 'Styring av tavla' });
    expect(bar).not.toHaveClass('is-hidden');
    await act(() => void vi.advanceTimersByTime(4100));
    expect(bar).toHaveClass('is-hidden');
    await act(() => void fireEvent.pointerMove(bar.closest('.board')!));
    expect(bar).not.toHaveClass('is-hidden');
  });

  it('keeps the screen awake, and asks again when the page is visible again', async () => {
    const sentinel = { released: false, release: vi.fn(async () => {}) };
    const request = vi.fn(async () => sentinel);
    Object.defineProperty(navigator, 'wakeLock', { value: { request }, configurable: true });
    try {
      const { unmount } = render(<Host snap={snapshot()} />);
      await act(() => {});
      expect(request).toHaveBeenCalledWith('screen');
      // The browser drops the lock when the tab is hidden; visible again -> a new request.
      sentinel.released = true;
      await act(() => void document.dispatchEvent(new Event('visibilitychange')));
      expect(request).toHaveBeenCalledTimes(2);
      unmount();
      expect(sentinel.release).toHaveBeenCalled();
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
  });

  it('brings in a whole-class recognition between pupils when chosen', async () => {
    const base = snapshot({}, { cards: { dream: false, focus: false, wholeClass: true } });
    const snap = {
      ...base,
      recognitions: [
        ...base.recognitions,
        {
          id: 'w1',
          strengthId: 's2',
          text: 'Ryddet klasserommet sammen.',
          noticedBy: 'læreren',
          at: NOW,
          updatedAt: 1,
        },
      ],
    };
    render(<Host snap={snap} />);
    await act(() => {});
    const names: (string | null)[] = [];
    for (let i = 0; i < 5; i++) {
      names.push(shownName());
      if (i < 4) await act(() => void fireEvent.keyDown(window, { key: 'ArrowRight' }));
    }
    expect(names.slice(0, 4).every((n) => n === 'Emma' || n === 'Noah')).toBe(true);
    expect(names[4]).toBe('Hele klassen');
    expect(screen.getByText('Ryddet klasserommet sammen.')).toBeInTheDocument();
    expect(screen.getByText('Sett av læreren · i dag')).toBeInTheDocument();
  });
});
