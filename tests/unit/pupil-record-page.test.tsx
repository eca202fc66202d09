import { configure, fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { createClass } from '../../src/data/classes';
import { db } from '../../src/data/db';
import { addPupilsFromText, listPupils } from '../../src/data/pupils';
import { addPupilRecognition, addTeacherRecognition, approveRecognition } from '../../src/data/recognitions';
import { listStrengths } from '../../src/data/strengths';
import { PupilRecordPage } from '../../src/screens/privacy/PupilRecordPage';
import { freshDatabase } from './helpers/db';
import { renderWithI18n } from './helpers/render';

freshDatabase();
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 20_000 });

describe("a pupil's record for the parents", () => {
  it("is a readable page in the pupil's language: names, strengths, days and words, no ids", async () => {
    const c = await createClass({ name: '5A', yearGroup: 5 });
    await addPupilsFromText(c.id, 'Ola\nKari');
    const [kari, ola] = await listPupils(c.id);
    await db().pupils.update(ola!.id, { lang: 'nn' });
    const strengths = await listStrengths();
    const care = strengths.find((s) => s.key === 'care')!;
    const courage = strengths.find((s) => s.key === 'courage')!;
    const at = new Date(2026, 10, 12, 10).getTime();
    await addTeacherRecognition(
      {
        classId: c.id,
        pupils: [ola!.id],
        strengthId: courage.id,
        text: 'Sa ifrå',
        noticedBy: { kind: 'teacher' },
      },
      at,
    );
    const fromKari = await addPupilRecognition(
      {
        classId: c.id,
        byPupilId: kari!.id,
        pupilId: ola!.id,
        strengthId: care.id,
        text: 'han va snil',
        textOptional: false,
      },
      at + 1000,
    );
    if (fromKari.ok) await approveRecognition(fromKari.id, 'Han var snill mot meg.');
    await addPupilRecognition(
      {
        classId: c.id,
        byPupilId: ola!.id,
        pupilId: kari!.id,
        strengthId: care.id,
        text: 'Trøysta meg',
        textOptional: false,
      },
      at + 2000,
    );
    renderWithI18n(<PupilRecordPage pupilId={ola!.id} />);
    const title = await screen.findByRole('heading', { level: 1, name: 'Dette er lagra om Ola' });
    const page = title.closest('article')!;
    expect(page).toHaveAttribute('lang', 'nn');
    await waitFor(() =>
      expect(page).toHaveTextContent('Mot · 12. november 2026 · sett av læraren · godkjent'),
    );
    expect(page).toHaveTextContent('sett av Kari · godkjent');
    expect(page).toHaveTextContent('Det eleven sjølv skreiv: «han va snil»');
    expect(page).toHaveTextContent(/Omsorg hos Kari · 12\. november 2026 · ventar på læraren/);
    expect(page.textContent).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}/);
    // The teacher's controls stay in the app language; the page can be switched.
    fireEvent.change(screen.getByLabelText('Språk på arket'), { target: { value: 'en' } });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'What is stored about Ola' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Skriv ut/ })).toBeInTheDocument();
  });
});
