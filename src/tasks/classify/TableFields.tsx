// The data of a classification experiment when it is a table of d features: which of the
// benchmark's data sets at which difficulty, or the user's CSV file, with what the pictures show
// (the plane of the two principal axes). The 2-D sets' own fields (points, noise, split, clicks)
// do not apply and are not shown.
import { benchmarkDatasetDef } from '../../experiment/tasks/benchmark/datasets';
import { tableFeatures } from '../../experiment/tasks/classify/table';
import type { TableData } from '../../experiment/types';
import { SelectField } from '../../panels/fields/SelectField';
import { useLab } from '../../store/store';
import { CsvImport } from '../benchmark/CsvImport';

interface Props {
  table: TableData;
  onChange(table: TableData): void;
}

export function TableFields({ table, onChange }: Props) {
  const def = benchmarkDatasetDef(table.dataset)!;
  const plane = useLab((s) => (s.info?.task === 'classify' ? s.info.plane : null));
  const d = tableFeatures(table);
  return (
    <>
      <p className="hint">{def.description}</p>
      {table.dataset === 'custom' ? (
        <CsvImport csv={table.csv} onImport={(csv) => onChange({ ...table, csv })} />
      ) : (
        <SelectField
          label={`${def.difficulty.label} (${def.difficulty.name})`}
          value={String(table.difficulty)}
          options={def.difficulty.values.map((v) => ({
            value: String(v),
            label: `${def.difficulty.name} = ${v}`,
          }))}
          onChange={(v) => onChange({ ...table, difficulty: Number(v) })}
        />
      )}
      <p className="hint" role="note">
        {d} features per point, two classes, split as the benchmark splits them (the data seed draws
        the set). The plots show the points and the decision boundaries on the plane of the data’s
        two principal axes
        {plane && d > 2
          ? `, which holds ${Math.round(plane.explained * 100)}% of its variance`
          : ''}
        ; the models see all {d} features.
      </p>
    </>
  );
}
