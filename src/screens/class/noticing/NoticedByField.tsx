// Who noticed it: the teacher (the default), another named adult, or a pupil of the class.
import type { NoticedBy, Pupil } from '../../../domain/types';
import { MAX_NAME } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';

export function NoticedByField(props: {
  pupils: Pupil[];
  value: NoticedBy;
  onChange: (n: NoticedBy) => void;
}) {
  const { m } = useI18n();
  const v = props.value;
  const firstPupil = props.pupils[0]?.id;
  return (
    <fieldset class="noticed-by">
      <legend>{m.recognize.noticedBy}</legend>
      <div class="row wrap">
        <label class="radio">
          <input
            type="radio"
            name="noticed-by"
            checked={v.kind === 'teacher'}
            onChange={() => props.onChange({ kind: 'teacher' })}
          />
          {m.recognize.byTeacher}
        </label>
        <label class="radio">
          <input
            type="radio"
            name="noticed-by"
            checked={v.kind === 'adult'}
            onChange={() => props.onChange({ kind: 'adult', name: '' })}
          />
          {m.recognize.byAdult}
        </label>
        {firstPupil && (
          <label class="radio">
            <input
              type="radio"
              name="noticed-by"
              checked={v.kind === 'pupil'}
              onChange={() => props.onChange({ kind: 'pupil', pupilId: firstPupil })}
            />
            {m.recognize.byPupil}
          </label>
        )}
      </div>
      {v.kind === 'adult' && (
        <div class="row wrap">
          <label for="noticed-adult">{m.recognize.adultName}</label>
          <input
            id="noticed-adult"
            dir="auto"
            maxLength={MAX_NAME}
            value={v.name}
            onInput={(e) => props.onChange({ kind: 'adult', name: e.currentTarget.value })}
          />
        </div>
      )}
      {v.kind === 'pupil' && (
        <div class="row wrap">
          <label for="noticed-pupil">{m.recognize.whichPupil}</label>
          <select
            id="noticed-pupil"
            value={v.pupilId}
            onChange={(e) => props.onChange({ kind: 'pupil', pupilId: e.currentTarget.value })}
          >
            {props.pupils.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
    </fieldset>
  );
}
