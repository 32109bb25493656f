// One figure of a scoreboard: its name and its value, read by screen readers as "name value".
interface Props {
  name: string;
  value: string;
  /** The border's colour (the model's, or green when good enough). */
  color?: string;
  /** A line under the value ("4 ms, 1,000 sweeps"). */
  note?: string;
}

export function Figure({ name, value, color, note }: Props) {
  return (
    <p className="score" style={color ? { borderColor: color } : undefined}>
      <span>{name}</span> <output aria-label={name}>{value}</output>
      {note && <small className="score-note">{note}</small>}
    </p>
  );
}
