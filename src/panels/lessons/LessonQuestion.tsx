// A step's question, with its answer shown when the student asks for it (hidden again on demand).
import { useId, useState } from 'react';
import type { LessonQuestion as Question } from '../../lessons/format';
import { Markdown } from '../../lessons/markdown/Markdown';

export function LessonQuestion({ question }: { question: Question }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="lesson-question" aria-label="Question">
      <h4>Question</h4>
      <Markdown text={question.ask} />
      <button type="button" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        {open ? 'Hide the answer' : 'Show the answer'}
      </button>
      <div id={id} className="lesson-answer" hidden={!open}>
        {open && <Markdown text={question.answer} />}
      </div>
    </section>
  );
}
