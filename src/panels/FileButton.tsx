// A button that opens the browser's file picker (its input hidden), and hands the chosen file on:
// the input is emptied after each choice, so choosing the same file again reads it again.
import { useRef, type ReactNode } from 'react';

interface Props {
  /** The button's text. */
  children: ReactNode;
  /** The picker's filter (".qasm,.txt,text/plain"). */
  accept: string;
  /** The hidden input's accessible name ("Circuit file"), for tests and assistive technology. */
  inputLabel: string;
  onFile(file: File): void;
}

export function FileButton({ children, accept, inputLabel, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        aria-label={inputLabel}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
