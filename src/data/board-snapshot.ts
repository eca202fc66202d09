// Builds the board snapshot for a class from the database: approved recognitions of active pupils
// (and the whole class), strengths in the chosen language, the focus strength and the dream.
// Never anything waiting or declined, never teacher-only data, never a secret friend's gift note
// (it names the giver) unless its round is over and the teacher chose to share it.

import { normalizeBoardSettings } from '../domain/board-settings';
import {
  BOARD_SNAPSHOT_FORMAT,
  BOARD_SNAPSHOT_VERSION,
  type BoardSettings,
  type BoardSnapshot,
} from '../domain/board-snapshot';
import { todayIso } from '../domain/dates';
import { keptOffBoard } from '../domain/friend-round';
import { withCurrentDefaults } from '../domain/retired-defaults';
import type { Lang } from '../domain/types';
import { localized, type NoticedByWords, noticedByName } from '../domain/wording';
import { db } from './db';
import { CLASS_SETTINGS } from './registry';

export const boardSettingsKey = CLASS_SETTINGS.boardSettings;

export async function buildBoardSnapshot(
  classId: string,
  lang: Lang,
  words: NoticedByWords,
  now = Date.now(),
): Promise<BoardSnapshot | null> {
  const d = db();
  return d.transaction(
    'r',
    [
      d.classes,
      d.pupils,
      d.strengths,
      d.recognitions,
      d.focusStrengths,
      d.dreamItems,
      d.settings,
      d.friendRounds,
    ],
    async () => {
      const cls = await d.classes.get(classId);
      if (!cls) return null;
      const [pupils, strengths, approved, focusRows, dreamRows, settingsRow, rounds] = await Promise.all([
        d.pupils.where('[classId+archived]').equals([classId, 0]).toArray(),
        d.strengths.orderBy('order').toArray(),
        d.recognitions
          .where('[classId+status+createdAt]')
          .between([classId, 'approved', -Infinity], [classId, 'approved', Infinity])
          .toArray(),
        d.focusStrengths
          .where('[classId+start]')
          .between([classId, ''], [classId, todayIso(now)], true, true)
          .toArray(),
        d.dreamItems.where('[classId+kind]').between([classId, ''], [classId, '\uffff']).toArray(),
        d.settings.get(boardSettingsKey(classId)),
        d.friendRounds.where('classId').equals(classId).toArray(),
      ]);
      const names = new Map(pupils.map((p) => [p.id, p.name]));
      const today = todayIso(now);
      const focus = focusRows.filter((f) => f.end >= today).sort((a, b) => b.start.localeCompare(a.start))[0];
      const recognitions = approved
        .filter((r) => r.pupilId === undefined || names.has(r.pupilId))
        .filter((r) => !keptOffBoard(rounds, r))
        .map((r) => ({
          id: r.id,
          pupilId: r.pupilId,
          pupilName: r.pupilId ? names.get(r.pupilId) : undefined,
          strengthId: r.strengthId,
          text: r.text,
          noticedBy: noticedByName(r.noticedBy, (id) => names.get(id), words),
          at: r.createdAt,
          updatedAt: r.updatedAt,
        }));
      const usedStrengths = new Set([
        ...recognitions.map((r) => r.strengthId),
        ...(focus?.strengthIds ?? []),
      ]);
      const byKind = (k: string) =>
        dreamRows
          .filter((x) => x.kind === k)
          .sort((a, b) => a.order - b.order)
          .map((x) => x.text);
      const settings: BoardSettings = normalizeBoardSettings(settingsRow?.value);
      return {
        format: BOARD_SNAPSHOT_FORMAT,
        version: BOARD_SNAPSHOT_VERSION,
        appVersion: typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0',
        lang,
        classId,
        className: cls.name,
        createdAt: now,
        strengths: strengths
          .filter((s) => usedStrengths.has(s.id))
          .map(withCurrentDefaults)
          .map((s) => ({
            id: s.id,
            name: localized(s.name, lang),
            definition: localized(s.definition, lang),
            symbol: s.symbol,
            color: s.color,
          })),
        recognitions,
        focus: focus ? { strengthIds: focus.strengthIds, period: focus.period } : null,
        dream: { question: byKind('question')[0], dreams: byKind('dream'), principles: byKind('principle') },
        settings,
      };
    },
  );
}
