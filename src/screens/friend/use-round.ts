// Loads a round with the names of its class's pupils (active and archived) for the friend screens.

import { getRound } from '../../data/friend-rounds';
import { useLiveQuery } from '../../data/live';
import { listPupils } from '../../data/pupils';
import type { FriendRound } from '../../domain/types';

export interface RoundData {
  round: FriendRound | null;
  names: Map<string, string>;
}

export function useRound(roundId: string): RoundData | undefined {
  return useLiveQuery(async () => {
    const round = (await getRound(roundId)) ?? null;
    if (!round) return { round, names: new Map<string, string>() };
    const [active, archived] = await Promise.all([
      listPupils(round.classId, 0),
      listPupils(round.classId, 1),
    ]);
    return { round, names: new Map([...active, ...archived].map((p) => [p.id, p.name])) };
  }, [roundId]);
}

export function byName(ids: string[], names: Map<string, string>): string[] {
  return [...ids].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '', 'nb'));
}
