// The Task select: which kind of experiment the page holds. Switching keeps each task's
// experiment as it was left, and is undoable.
import { TASK_NAMES, TASK_SCHEMAS } from '../../experiment/tasks/registry';
import type { TaskName } from '../../experiment/types';
import { useLab } from '../../store/store';
import { SelectField } from './SelectField';

const OPTIONS = TASK_NAMES.map((t) => ({ value: t, label: TASK_SCHEMAS[t].label }));

export function TaskField() {
  const task = useLab((s) => s.experiment.task);
  const switchTask = useLab((s) => s.switchTask);
  return (
    <SelectField<TaskName> label="Task" value={task} options={OPTIONS} onChange={switchTask} />
  );
}
