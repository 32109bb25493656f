// `npm run lessons`: writes the shipped lessons (scripts/lessons/*.ts) as public/lessons/*.json
// with their index, after checking each opens as the page will open it, and removes lesson files
// no source makes any more. Run it after changing a lesson source or anything its experiments
// are built from (a task's defaults, the link codec): tests/unit/lessons/shipped.test.ts fails
// until the files match.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { lessonFromJson } from '../src/lessons/validate';
import { LESSON_SOURCES } from './lessons';
import { LESSON_DIR, lessonFiles, lessonOf } from './lessons/toLesson';

for (const source of LESSON_SOURCES) {
  const opened = lessonFromJson(lessonOf(source));
  if (!opened.ok) throw new Error(`Lesson "${source.name}": ${opened.error.message}`);
}
await mkdir(LESSON_DIR, { recursive: true });
const files = lessonFiles(LESSON_SOURCES);
for (const { file, text } of files) await writeFile(join(LESSON_DIR, file), text);
const kept = new Set(files.map((f) => f.file));
for (const file of await readdir(LESSON_DIR))
  if (file.endsWith('.json') && !kept.has(file)) await rm(join(LESSON_DIR, file));
console.log(`Wrote ${files.length} files to ${LESSON_DIR}: ${[...kept].join(', ')}`);
