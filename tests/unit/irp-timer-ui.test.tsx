import { act, fireEvent, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { irpPhases, plainPhase } from '../../src/domain/irp';
import { IrpTimer } from '../../src/ui/IrpTimer';
import { renderWithI18n } from './helpers/render';

describe('IRP timer on screen', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-23T09:00:00') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down from the clock through the three parts, pauses and skips', () => {
    renderWithI18n(<IrpTimer phases={irpPhases({ I: 60, R: 120, P: 180 })} />, 'en');
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('1:00');
    fireEvent.click(screen.getByRole('button', { name: /Start/ }));
    act(() => {
      vi.advanceTimersByTime(61_000);
    });
    expect(screen.getByText(/In pairs – Talk with a partner/)).toBeInTheDocument();
    expect(timer).toHaveTextContent('1:59');
    fireEvent.click(screen.getByRole('button', { name: /Pause/ }));
    act(() => {
      vi.advanceTimersByTime(300_000);
    });
    expect(timer).toHaveTextContent('1:59');
    fireEvent.click(screen.getByRole('button', { name: /Resume/ }));
    fireEvent.click(screen.getByRole('button', { name: /Next part/ }));
    expect(
      screen.getByText(/Whole class – Share with the whole class/, { selector: 'p' }),
    ).toBeInTheDocument();
    expect(timer).toHaveTextContent('3:00');
    fireEvent.click(screen.getByRole('button', { name: /Next part/ }));
    expect(screen.getByText('Done!')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: /Start again/ }));
    expect(timer).toHaveTextContent('1:00');
  });

  it('answers the keyboard and a presenter clicker when asked to', () => {
    renderWithI18n(<IrpTimer phases={irpPhases({ I: 60, R: 120, P: 180 })} keys />, 'en');
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(screen.getByRole('button', { name: /Pause/ })).toBeInTheDocument();
    fireEvent.keyDown(document.body, { key: 'PageDown' });
    expect(screen.getByRole('timer')).toHaveTextContent('2:00');
    fireEvent.keyDown(document.body, { key: 'b' });
    expect(screen.getByRole('button', { name: /Resume/ })).toBeInTheDocument();
  });

  it('a one-part timer has no "next part" button', () => {
    renderWithI18n(<IrpTimer phases={plainPhase(90)} />, 'en');
    expect(screen.getByRole('timer')).toHaveTextContent('1:30');
    expect(screen.getByRole('button', { name: /Start/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Next part/ })).not.toBeInTheDocument();
  });
});
