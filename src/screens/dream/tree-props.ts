// The dream tree's props from a class's dream items, in the app's language.
import type { DreamItem } from '../../domain/types';
import type { Messages } from '../../i18n/messages';
import type { DreamTreeProps } from '../../ui/DreamTree';

export function treeProps(items: DreamItem[], m: Messages): DreamTreeProps {
  const of = (k: DreamItem['kind']) => items.filter((x) => x.kind === k).map((x) => x.text);
  return {
    dreams: of('dream'),
    principles: of('principle'),
    title: m.dream.treeTitle,
    dreamsLabel: m.dream.dreamsLabel,
    principlesLabel: m.dream.principlesLabel,
  };
}

export function questionOf(items: DreamItem[]): string {
  return items.find((x) => x.kind === 'question')?.text ?? '';
}
