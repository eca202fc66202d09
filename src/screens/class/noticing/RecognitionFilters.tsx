// Find recognitions on the class screen: by pupil, strength and period (teacher only).
import type { PeriodKind } from '../../../domain/periods';
import type { Pupil, Strength } from '../../../domain/types';
import { localized } from '../../../domain/wording';
import { useI18n } from '../../../i18n/i18n';

export interface FilterChoice {
  /** '' for all, 'class' for the whole class, or a pupil id. */
  pupil: string;
  strength: string;
  period: '' | Exclude<PeriodKind, 'custom'>;
}

export const NO_FILTER: FilterChoice = { pupil: '', strength: '', period: '' };

export function isFiltered(f: FilterChoice): boolean {
  return !!(f.pupil || f.strength || f.period);
}

export function RecognitionFilters(props: {
  pupils: Pupil[];
  strengths: Strength[];
  value: FilterChoice;
  onChange: (f: FilterChoice) => void;
}) {
  const { m, lang } = useI18n();
  const f = props.value;
  const set = (patch: Partial<FilterChoice>) => props.onChange({ ...f, ...patch });
  return (
    <fieldset class="row wrap recognition-filters">
      <legend>{m.recognize.filterTitle}</legend>
      <label>
        {m.recognize.filterPupil}{' '}
        <select value={f.pupil} onChange={(e) => set({ pupil: e.currentTarget.value })}>
          <option value="">{m.recognize.filterAll}</option>
          <option value="class">{m.recognize.wholeClass}</option>
          {props.pupils.map((p) => (
            <option key={p.id} value={p.id}>
              {p.archived ? m.recognize.archivedName(p.name) : p.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.recognize.filterStrength}{' '}
        <select value={f.strength} onChange={(e) => set({ strength: e.currentTarget.value })}>
          <option value="">{m.recognize.filterAll}</option>
          {props.strengths.map((s) => (
            <option key={s.id} value={s.id}>
              {localized(s.name, lang)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {m.charts.period}{' '}
        <select
          value={f.period}
          onChange={(e) => set({ period: e.currentTarget.value as FilterChoice['period'] })}
        >
          <option value="">{m.recognize.filterAllTime}</option>
          <option value="week">{m.charts.periodWeek}</option>
          <option value="month">{m.charts.periodMonth}</option>
          <option value="term">{m.charts.periodTerm}</option>
          <option value="schoolYear">{m.charts.periodSchoolYear}</option>
        </select>
      </label>
      {isFiltered(f) && (
        <button type="button" class="btn small ghost" onClick={() => props.onChange(NO_FILTER)}>
          {m.recognize.filterClear}
        </button>
      )}
    </fieldset>
  );
}
