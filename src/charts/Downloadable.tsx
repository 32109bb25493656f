// A drawing with the "Download image" control in its top right corner: a frame around it that
// the control is placed in, for drawings that have no positioned frame of their own.
import { useRef } from 'react';
import type { CSSProperties, ReactNode } from 'react';
import type { CsvTable } from './download/csvText';
import { DownloadImage } from './DownloadImage';

interface Props {
  /** The drawing's accessible name (the control's is "Download image of <label>"). */
  label: string;
  /** The data the drawing shows as a table, offered as CSV. */
  data?: () => CsvTable;
  className?: string;
  style?: CSSProperties;
  children: ReactNode;
}

export function Downloadable({ label, data, className, style, children }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  return (
    <div ref={ref} className={className} style={{ position: 'relative', ...style }}>
      {children}
      <DownloadImage label={label} target={ref} data={data} />
    </div>
  );
}
