// The update prompt offers a reload and never reloads by itself.
import { act, fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { OfflineReady } from '../../src/sw/OfflineReady';
import { UpdatePrompt } from '../../src/sw/UpdatePrompt';
import { announceOfflineReady, announceUpdate } from '../../src/sw/update-state';
import { renderWithI18n } from './helpers/render';

describe('update prompt', () => {
  it('appears when an update waits, reloads only on the teacher’s click, and can wait until later', async () => {
    vi.useFakeTimers();
    const apply = vi.fn();
    renderWithI18n(<UpdatePrompt />);
    expect(screen.queryByText('En ny versjon av appen er klar.')).toBeNull();
    act(() => announceUpdate(apply));
    expect(screen.getByRole('status')).toHaveTextContent('En ny versjon av appen er klar.');
    // An hour of someone typing or the board running: nothing happens by itself.
    act(() => {
      vi.advanceTimersByTime(3_600_000);
    });
    expect(apply).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
    expect(apply).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Senere' }));
    expect(screen.queryByRole('status')).toBeNull();
    vi.useRealTimers();
  });

  it('is not shown on the shared board screen', () => {
    act(() => announceUpdate(() => {}));
    renderWithI18n(<UpdatePrompt hidden />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says once the first visit has stored the app for offline use, until OK', () => {
    renderWithI18n(<OfflineReady />);
    const note = () => screen.queryByRole('region', { name: 'Appen er klar til bruk uten nett.' });
    expect(note()).toBeNull();
    act(() => announceOfflineReady());
    expect(note()).toHaveTextContent('åpner også når nettet er borte');
    // Announced through a live region that was there before the words came.
    expect(note()!.parentElement).toHaveAttribute('aria-live', 'polite');
    // It never holds another screen's status (tests and assistive tech look for one).
    expect(screen.queryByRole('status')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'OK' }));
    expect(note()).toBeNull();
  });
});
