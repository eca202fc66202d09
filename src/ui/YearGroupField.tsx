// The year group (1.-10. trinn, Vg1-Vg3) as a labelled select: creating a class and changing one.
import { useI18n } from '../i18n/i18n';

export function YearGroupField(props: { id: string; value: number; onChange: (year: number) => void }) {
  const { m } = useI18n();
  return (
    <>
      <label for={props.id}>{m.home.yearGroupLabel}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(Number(e.currentTarget.value))}
      >
        {Array.from({ length: 13 }, (_, i) => i + 1).map((n) => (
          <option key={n} value={n}>
            {m.common.yearGroup(n)}
          </option>
        ))}
      </select>
    </>
  );
}
