// Builds backup files and seeded databases for the backup tests.
import {
  type BackupData,
  type BackupScope,
  buildBackupText,
  emptyData,
} from '../../../src/domain/backup/format';
import type { Recognition } from '../../../src/domain/types';

export function sampleData(opts: { recognitions?: number; seed?: number } = {}): BackupData {
  const data = emptyData();
  const t = 1_700_000_000_000 + (opts.seed ?? 0);
  data.strengths = [
    {
      id: 's-care',
      key: 'care',
      name: { nb: 'Omsorg', en: 'Care' },
      definition: { nb: 'Vise at vi bryr oss.' },
      symbol: '💛',
      color: '#e0a030',
      order: 0,
      hidden: false,
      createdAt: t,
      updatedAt: t,
    },
    {
      id: 's-mot',
      key: 'courage',
      name: { nb: 'Mot' },
      definition: { nb: 'Tørre.' },
      symbol: '🦁',
      color: '#c05030',
      order: 1,
      hidden: false,
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.classes = [
    {
      id: 'c-4b',
      name: '4B',
      yearGroup: 4,
      isDemo: false,
      pupilTextOptional: false,
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.pupils = ['Ola', 'Kari', 'Emma', 'Noah', 'Sara'].map((name, i) => ({
    id: `p-${i}`,
    classId: 'c-4b',
    name,
    archived: 0 as const,
    createdAt: t + i,
    updatedAt: t + i,
  }));
  const n = opts.recognitions ?? 10;
  data.recognitions = Array.from(
    { length: n },
    (_, i): Recognition => ({
      id: `r-${String(i).padStart(6, '0')}`,
      classId: 'c-4b',
      pupilId: `p-${i % 5}`,
      strengthId: i % 2 ? 's-care' : 's-mot',
      text: `Ventet på tur ved puslespillet, gang ${i}.`,
      noticedBy: i % 3 === 0 ? { kind: 'pupil', pupilId: `p-${(i + 1) % 5}` } : { kind: 'teacher' },
      source: i % 3 === 0 ? 'pupil' : 'teacher',
      status: 'approved',
      createdAt: t + 1000 * i,
      updatedAt: t + 1000 * i,
    }),
  );
  data.dreamItems = [
    {
      id: 'd-1',
      classId: 'c-4b',
      kind: 'dream',
      text: 'Alle har noen å leke med.',
      order: 0,
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.focusStrengths = [
    {
      id: 'f-1',
      classId: 'c-4b',
      strengthIds: ['s-care'],
      period: 'week',
      start: '2026-11-16',
      end: '2026-11-22',
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.checkIns = [
    {
      id: 'ci-1',
      classId: 'c-4b',
      subgoalId: 'd-1',
      date: '2026-11-20',
      counts: [0, 1, 5, 10, 4],
      answers: { ledTheWay: 'Emma', liked: 'Hjalp', nextStep: 'Flere' },
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.routines = [
    {
      id: 'ro-1',
      classId: 'c-4b',
      name: 'SMART-time',
      steps: [
        {
          id: 'st-1',
          title: 'Runde',
          text: 'Hva så du?',
          timer: { kind: 'irp', seconds: { I: 60, R: 120, P: 300 } },
        },
      ],
      schedule: { weekdays: [5], everyOtherWeek: false, anchor: '2026-11-16', time: '13:00' },
      active: true,
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.routineRuns = [
    {
      id: 'rr-1',
      classId: 'c-4b',
      routineId: 'ro-1',
      date: '2026-11-20',
      status: 'done',
      note: '',
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.friendRounds = [
    {
      id: 'fr-1',
      classId: 'c-4b',
      start: '2026-11-01',
      end: '2026-11-14',
      draws: { 'p-0': 'p-1', 'p-1': 'p-0' },
      absent: [],
      status: 'finished',
      createdAt: t,
      updatedAt: t,
    },
  ];
  data.settings = [{ key: 'backup.reminder', value: true, updatedAt: t }];
  return data;
}

export async function backupText(
  data: BackupData,
  scope: BackupScope = { kind: 'all' },
  over: Record<string, unknown> = {},
  now = new Date('2026-11-23T10:00:00Z'),
): Promise<string> {
  const { text } = await buildBackupText({
    data,
    scope,
    appVersion: '0.1.0',
    schemaVersion: 1,
    now,
  });
  if (!Object.keys(over).length) return text;
  return JSON.stringify({ ...JSON.parse(text), ...over });
}
