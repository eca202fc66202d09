// A full disk never says "saved": a simulated QuotaExceededError shows the plain-words banner, the
// screen keeps what was typed, and nothing is stored. Plus the weekly reminder rule.
import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { clearError, reportError } from '../../src/app-errors';
import {
  backupReminderDue,
  markBackupSaved,
  setReminderEnabled,
  snoozeReminder,
} from '../../src/data/backup-reminder';
import { db } from '../../src/data/db';
import { setSetting } from '../../src/data/settings';
import { isReminderDue, WEEK } from '../../src/domain/backup/reminder';
import { HomeScreen } from '../../src/screens/home/HomeScreen';
import { ErrorBanner } from '../../src/ui/ErrorBanner';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();

function quotaError() {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('storage full', () => {
  it('creating a class on a full disk shows the quota message, keeps the form and stores nothing', async () => {
    clearError();
    const table = db().classes;
    vi.spyOn(table, 'add').mockRejectedValue(quotaError());
    renderWithI18n(
      <>
        <ErrorBanner />
        <HomeScreen />
      </>,
    );
    fireEvent.input(screen.getByLabelText('Navn på klassen'), { target: { value: '6C' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lag klassen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Lagringsplassen på denne maskinen er full');
    expect(screen.queryByText('Lagret')).toBeNull();
    expect(screen.getByLabelText('Navn på klassen')).toHaveValue('6C');
    vi.restoreAllMocks();
    expect(await db().classes.count()).toBe(0);
  });

  it('a setting that cannot be written is reported, not silently lost', async () => {
    clearError();
    vi.spyOn(db().settings, 'put').mockRejectedValue(quotaError());
    renderWithI18n(<ErrorBanner />);
    await expect(setSetting('x', 1)).rejects.toThrow();
    expect(await screen.findByRole('alert')).toHaveTextContent('Lagringsplassen på denne maskinen er full');
  });
});

describe('an error reported while the app starts', () => {
  // The banner reads the current error when it first renders and listens from its effect, which runs
  // later: an error reported in between (a database failing to open at start) must still be shown.
  function ReportsWhileRendering() {
    reportError('openFailed', new DOMException('simulated corrupt database', 'UnknownError'));
    return null;
  }

  it("is shown even when it arrives between the banner's first render and its listening", async () => {
    clearError();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    renderWithI18n(
      <>
        <ErrorBanner />
        <ReportsWhileRendering />
      </>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Appen får ikke åpnet dataene sine');
    vi.restoreAllMocks();
    clearError();
  });
});

describe('weekly backup reminder', () => {
  const now = Date.parse('2026-11-23T08:00:00Z');
  it('is due a week after the last backup, only with real classes, and not when off or snoozed', () => {
    const base = {
      enabled: true,
      lastBackupAt: now - WEEK,
      snoozedUntil: null,
      oldestRealClassAt: now - 30 * 86_400_000,
      now,
    };
    expect(isReminderDue(base)).toBe(true);
    expect(isReminderDue({ ...base, lastBackupAt: now - WEEK + 1 })).toBe(false);
    expect(isReminderDue({ ...base, enabled: false })).toBe(false);
    expect(isReminderDue({ ...base, oldestRealClassAt: null })).toBe(false);
    expect(isReminderDue({ ...base, snoozedUntil: now + 1 })).toBe(false);
    expect(isReminderDue({ ...base, lastBackupAt: null, oldestRealClassAt: now - 2 * 86_400_000 })).toBe(
      false,
    );
  });

  it('reads its state from the database', async () => {
    await db().classes.add({
      id: 'c',
      name: '4B',
      yearGroup: 4,
      isDemo: false,
      pupilTextOptional: false,
      createdAt: now - 10 * 86_400_000,
      updatedAt: now,
    });
    expect(await backupReminderDue(now)).toBe(true);
    await markBackupSaved(now - 86_400_000);
    expect(await backupReminderDue(now)).toBe(false);
    await markBackupSaved(now - WEEK - 1);
    await snoozeReminder(now);
    expect(await backupReminderDue(now)).toBe(false);
    expect(await backupReminderDue(now + 2 * 86_400_000)).toBe(true);
    await setReminderEnabled(false);
    await waitFor(async () => expect(await backupReminderDue(now + 2 * 86_400_000)).toBe(false));
  });
});
